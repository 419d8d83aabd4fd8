package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.application.port.in.FamilyWaiting;
import org.portailfamille.planning.application.port.in.ListFamilyWaitingUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

public class ListFamilyWaitingService implements ListFamilyWaitingUseCase {

    private final WaitingLists waitingLists;
    private final Activities activities;
    private final GetChildNamesUseCase childNames;

    public ListFamilyWaitingService(WaitingLists waitingLists, Activities activities,
                                    GetChildNamesUseCase childNames) {
        this.waitingLists = waitingLists;
        this.activities = activities;
        this.childNames = childNames;
    }

    @Override
    public List<FamilyWaiting> familyWaiting(FamilyId familyId) {
        List<WaitingLists.Waiting> waitingOf = waitingLists.waitingOf(familyId);
        Map<ChildId, ChildName> names = childNames.childNames(
                waitingOf.stream().map(WaitingLists.Waiting::child).distinct().toList());
        return waitingOf.stream()
                .flatMap(waiting -> {
                    OptionalInt position = waitingLists.of(waiting.activity(), waiting.day()).positionOf(waiting.child());
                    if (position.isEmpty()) {
                        return java.util.stream.Stream.empty();
                    }
                    String activityName = activities.byId(waiting.activity()).map(activity -> activity.name()).orElse("");
                    return java.util.stream.Stream.of(new FamilyWaiting(waiting.child(),
                            Optional.ofNullable(names.get(waiting.child()))
                                    .filter(name -> name.familyId().equals(familyId))
                                    .map(FamilyChildNames::written).orElse(""), waiting.activity().value(),
                            activityName, waiting.day(), position.getAsInt()));
                })
                .toList();
    }
}
