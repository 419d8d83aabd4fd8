package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.ViewWaitingListPositionUseCase;
import org.portailfamille.planning.application.port.in.WaitingListPositionQuery;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Activity;

import java.util.OptionalInt;

public class ViewWaitingListPositionService implements ViewWaitingListPositionUseCase {

    private final PlanningDays days;
    private final WaitingLists waitingLists;

    public ViewWaitingListPositionService(PlanningDays days, WaitingLists waitingLists) {
        this.days = days;
        this.waitingLists = waitingLists;
    }

    @Override
    public OptionalInt waitingListPosition(WaitingListPositionQuery query) {
        Activity activity = days.activity(query.activityId());
        if (days.enrolment(query.familyId(), query.childId(), activity, query.day()).isEmpty()) {
            return OptionalInt.empty();
        }
        return waitingLists.of(activity.id(), query.day()).positionOf(query.childId());
    }
}
