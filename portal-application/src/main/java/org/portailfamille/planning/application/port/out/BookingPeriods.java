package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.BookingPeriod;

import java.util.List;
import java.util.UUID;

/** Where the booking periods of activities are kept. */
public interface BookingPeriods {

    void add(BookingPeriod period);

    /** The booking periods of {@code activity}, by first day. */
    List<BookingPeriod> of(ActivityId activity);

    /** Removes period {@code id} of {@code activity}; false when there is none. */
    boolean remove(ActivityId activity, UUID id);
}
