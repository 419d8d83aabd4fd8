package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.AddBookingPeriodCommand;
import org.portailfamille.planning.application.port.in.ManageBookingPeriodsUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.shared.DateRange;

import java.util.UUID;

public class ManageBookingPeriodsService implements ManageBookingPeriodsUseCase {

    private final Activities activities;
    private final BookingPeriods periods;

    public ManageBookingPeriodsService(Activities activities, BookingPeriods periods) {
        this.activities = activities;
        this.periods = periods;
    }

    @Override
    public UUID addBookingPeriod(AddBookingPeriodCommand command) {
        Activity activity = activities.byId(new ActivityId(command.activityId()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity " + command.activityId()));
        DateRange days = new DateRange(command.firstDay(), command.lastDay());
        if (periods.of(activity.id()).stream().anyMatch(other -> overlap(other.days(), days))) {
            throw new IllegalArgumentException("Booking periods of an activity do not overlap");
        }
        BookingPeriod period = BookingPeriod.of(activity.id(), days, command.opensAt(), command.closesAt());
        periods.add(period);
        return period.id();
    }

    @Override
    public boolean removeBookingPeriod(UUID activityId, UUID periodId) {
        return periods.remove(new ActivityId(activityId), periodId);
    }

    static boolean overlap(DateRange first, DateRange second) {
        return !first.start().isAfter(second.end()) && !second.start().isAfter(first.end());
    }
}
