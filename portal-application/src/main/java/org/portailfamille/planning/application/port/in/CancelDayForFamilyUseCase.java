package org.portailfamille.planning.application.port.in;

/**
 * Staff cancel a booked day on a family's behalf (ADR 0032): past the cancellation deadline (or when the activity
 * does not allow cancelling) the answer is DEADLINE_PASSED / NOT_ALLOWED unless staff override it with a reason.
 * The freed place goes to the waiting list as for a family's cancellation; the action is recorded with who did it
 * and the family is told. NOT_BOOKED when the child is not the family's.
 */
public interface CancelDayForFamilyUseCase {
    CancelDayOutcome cancelDayForFamily(StaffActionCommand command);
}
