package org.portailfamille.planning.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** One public holiday (jour férié) of a given year: its name code and its date. */
public record PublicHoliday(PublicHolidayName name, LocalDate date) implements Comparable<PublicHoliday> {

    private static final Comparator<PublicHoliday> ORDER =
            Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::name);

    public PublicHoliday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        if (!name.dateIn(date.getYear()).equals(date)) {
            throw new IllegalArgumentException(name + " does not fall on " + date);
        }
    }

    /** The holiday {@code name} of {@code year}. */
    public static PublicHoliday in(int year, PublicHolidayName name) {
        return new PublicHoliday(name, name.dateIn(year));
    }

    /** By date, then by name when two holidays fall on the same day (Ascension on 1 May 2008). */
    @Override
    public int compareTo(PublicHoliday other) {
        return ORDER.compare(this, other);
    }
}
