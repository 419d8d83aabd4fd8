package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.PlanningChangedByStaff;
import org.portailfamille.planning.application.port.in.StaffActionCommand;
import org.portailfamille.planning.application.port.out.StaffActionEvents;
import org.portailfamille.planning.application.port.out.StaffActions;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.StaffAction;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * What every staff action on a family's planning shares (ADR 0032): the child must be the family's (its name read
 * from accounts, empty for another family's child), and what was done is recorded with who did it, then published
 * for the family to be told, in the use case's transaction.
 */
public class StaffActing {

    private final GetChildNamesUseCase childNames;
    private final StaffActions actions;
    private final StaffActionEvents events;
    private final Clock clock;

    public StaffActing(GetChildNamesUseCase childNames, StaffActions actions, StaffActionEvents events, Clock clock) {
        this.childNames = childNames;
        this.actions = actions;
        this.events = events;
        this.clock = clock;
    }

    /** "Léa DUPONT" when the child of the command is the family's; empty otherwise. */
    Optional<String> childName(StaffActionCommand command) {
        return FamilyChildNames.nameOf(childNames, command.familyId(), command.childId());
    }

    /** Records what staff did and tells the family; {@code overridden} when the families' deadline had passed. */
    void done(StaffActionCommand command, Activity activity, String childName, StaffAction.Kind kind,
              boolean overridden) {
        StaffAction action = new StaffAction(UUID.randomUUID(), command.familyId(), command.childId(), activity.id(),
                command.day(), kind, command.staffLogin(), command.staffName(), overridden,
                overridden ? command.overrideReason() : "", clock.instant());
        actions.record(action);
        events.changedByStaff(new PlanningChangedByStaff(action.id(), command.familyId(), command.childId(),
                childName, activity.id().value(), activity.name(), command.day(), kind.name(), command.staffName(),
                overridden, action.reason()));
    }
}
