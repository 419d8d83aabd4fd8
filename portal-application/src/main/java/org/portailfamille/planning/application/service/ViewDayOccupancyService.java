package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.DayOccupancy;
import org.portailfamille.planning.application.port.in.DayOccupancyQuery;
import org.portailfamille.planning.application.port.in.ViewDayOccupancyUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Capacity;

public class ViewDayOccupancyService implements ViewDayOccupancyUseCase {

    private final Activities activities;
    private final ActivityDays activityDays;
    private final WaitingLists waitingLists;

    public ViewDayOccupancyService(Activities activities, ActivityDays activityDays, WaitingLists waitingLists) {
        this.activities = activities;
        this.activityDays = activityDays;
        this.waitingLists = waitingLists;
    }

    @Override
    public DayOccupancy dayOccupancy(DayOccupancyQuery query) {
        Activity activity = activities.byId(new ActivityId(query.activityId()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity " + query.activityId()));
        Capacity capacity = activity.capacity();
        int taken = activityDays.taken(activity.id(), query.day()).orElse(0);
        return new DayOccupancy(capacity.places(), taken, capacity.remaining(taken), capacity.isAlmostFull(taken),
                waitingLists.of(activity.id(), query.day()).size());
    }
}
