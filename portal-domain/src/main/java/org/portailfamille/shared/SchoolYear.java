package org.portailfamille.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, from 1 September to 31 August, shown as "2014-2015".
 *
 * @param startYear the calendar year in which the school year starts
 */
public record SchoolYear(int startYear) {

    public SchoolYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("Implausible school year: " + startYear);
        }
    }

    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public DateRange range() {
        return new DateRange(firstDay(), lastDay());
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public String toString() {
        return label();
    }
}
