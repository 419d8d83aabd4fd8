package org.portailfamille.planning.application.port.in;

/**
 * Staff book a day for a family (a parent on the phone, a regularisation after the day): the calendar, the
 * enrolment and the capacity apply as for a family's booking, the families' booking deadline does not, and the
 * booking is confirmed at once (origin STAFF), whatever the activity's booking mode. It is recorded as late when the
 * families' deadline for that day had passed (the only way a day is booked late: families cannot).
 */
public interface BookDayForFamilyUseCase {
    BookDayResult bookDayForFamily(BookDayCommand command);
}
