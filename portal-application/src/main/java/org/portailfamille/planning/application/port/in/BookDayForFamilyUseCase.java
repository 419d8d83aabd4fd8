package org.portailfamille.planning.application.port.in;

/**
 * Staff book a day for a family. Both ways confirm the booking at once (origin STAFF), whatever the activity's
 * booking mode, with the calendar, the enrolment and the capacity applying as for a family's booking.
 */
public interface BookDayForFamilyUseCase {

    /**
     * A regularisation (demo data, a child present without booking): the families' deadline does not apply; the
     * booking is recorded as late when it had passed.
     */
    BookDayResult bookDayForFamily(BookDayCommand command);

    /**
     * Staff acting for the family (ADR 0032): past the families' booking deadline the answer is DEADLINE_PASSED
     * unless staff override it with a reason (the booking is then late); the action is recorded with who did it and
     * the family is told ({@code PlanningChangedByStaff}). NOT_ENROLLED when the child is not the family's.
     */
    BookDayResult bookDayForFamily(StaffActionCommand command);
}
