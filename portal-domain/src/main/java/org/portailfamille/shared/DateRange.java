package org.portailfamille.shared;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of days, both ends included. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A range ends on or after its start: " + start + " > " + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
