package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * Books several days at once, each as {@link BookDayUseCase} would (one effect when posted twice: a day already
 * booked answers ALREADY_BOOKED); days the activity does not run are left out.
 */
public interface BookSeveralDaysUseCase {

    /** What became of each day, in day order. */
    List<DayBooking> bookSeveralDays(BookSeveralDaysCommand command);

    /** One day of several: booked, or refused and why. */
    record DayBooking(LocalDate day, BookDayResult result) {
    }
}
