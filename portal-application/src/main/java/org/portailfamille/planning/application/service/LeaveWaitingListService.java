package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.LeaveWaitingListUseCase;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

public class LeaveWaitingListService implements LeaveWaitingListUseCase {

    private final WaitingLists waitingLists;

    public LeaveWaitingListService(WaitingLists waitingLists) {
        this.waitingLists = waitingLists;
    }

    @Override
    public boolean leaveWaitingList(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day) {
        ActivityId activity = new ActivityId(activityId);
        boolean waits = waitingLists.waitingOf(familyId).stream().anyMatch(waiting -> waiting.child().equals(childId)
                && waiting.activity().equals(activity) && waiting.day().equals(day));
        if (!waits) {
            return false;
        }
        waitingLists.remove(activity, day, childId);
        return true;
    }
}
