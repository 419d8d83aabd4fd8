package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.DeclareAbsenceCommand;
import org.portailfamille.planning.application.port.in.DeclareAbsenceForFamilyUseCase;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult.Outcome;
import org.portailfamille.planning.application.port.in.StaffAbsenceCommand;
import org.portailfamille.planning.application.port.in.StaffActionCommand;
import org.portailfamille.planning.domain.AbsenceReason;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.StaffAction;

import java.util.Arrays;
import java.util.Optional;

/**
 * Declares an absence on a family's behalf with the family's own checks ({@link DeclareAbsenceService}), a
 * non-medical reason only, and the last day to declare it overridable by staff with a reason.
 */
public class DeclareAbsenceForFamilyService implements DeclareAbsenceForFamilyUseCase {

    private final DeclareAbsenceService absences;
    private final PlanningDays days;
    private final StaffActing acting;

    public DeclareAbsenceForFamilyService(DeclareAbsenceService absences, PlanningDays days, StaffActing acting) {
        this.absences = absences;
        this.days = days;
        this.acting = acting;
    }

    @Override
    public DeclareAbsenceResult declareAbsenceForFamily(StaffAbsenceCommand command) {
        StaffActionCommand action = command.action();
        Optional<String> childName = acting.childName(action);
        if (childName.isEmpty()) {
            return DeclareAbsenceResult.of(Outcome.NOT_BOOKED);
        }
        Optional<AbsenceReason> reason = Arrays.stream(AbsenceReason.values())
                .filter(candidate -> candidate.name().equals(command.reason())).findFirst();
        if (reason.isEmpty()) {
            return DeclareAbsenceResult.of(Outcome.REASON_UNKNOWN);
        }
        if (reason.get().isMedical()) {
            return DeclareAbsenceResult.of(Outcome.CERTIFICATE_REQUIRED);
        }
        DeclareAbsenceCommand declaration = new DeclareAbsenceCommand(action.familyId(), action.childId(),
                action.activityId(), action.day(), command.reason(), command.comment(), null, action.staffLogin());
        boolean overridden = absences.check(declaration).outcome() == Outcome.TOO_LATE;
        if (overridden && !action.overrideDeadline()) {
            return DeclareAbsenceResult.of(Outcome.TOO_LATE);
        }
        DeclareAbsenceResult result = absences.declare(declaration, overridden);
        if (result.outcome() == Outcome.DECLARED) {
            Activity activity = days.activity(action.activityId());
            acting.done(action, activity, childName.get(), StaffAction.Kind.ABSENCE_DECLARED, overridden);
        }
        return result;
    }
}
