package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.FamilyWaiting;
import org.portailfamille.planning.application.port.in.ListFamilyWaitingUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ChildNames;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.OptionalInt;

public class ListFamilyWaitingService implements ListFamilyWaitingUseCase {

    private final WaitingLists waitingLists;
    private final Activities activities;
    private final ChildNames childNames;

    public ListFamilyWaitingService(WaitingLists waitingLists, Activities activities, ChildNames childNames) {
        this.waitingLists = waitingLists;
        this.activities = activities;
        this.childNames = childNames;
    }

    @Override
    public List<FamilyWaiting> familyWaiting(FamilyId familyId) {
        return waitingLists.waitingOf(familyId).stream()
                .flatMap(waiting -> {
                    OptionalInt position = waitingLists.of(waiting.activity(), waiting.day()).positionOf(waiting.child());
                    if (position.isEmpty()) {
                        return java.util.stream.Stream.empty();
                    }
                    String activityName = activities.byId(waiting.activity()).map(activity -> activity.name()).orElse("");
                    return java.util.stream.Stream.of(new FamilyWaiting(waiting.child(),
                            childNames.nameOf(familyId, waiting.child()).orElse(""), waiting.activity().value(),
                            activityName, waiting.day(), position.getAsInt()));
                })
                .toList();
    }
}
