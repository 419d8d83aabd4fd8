package org.portailfamille.planning.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * The eleven French public holidays (jours fériés) of the current law, as name codes; pages word them in French
 * ("Lundi de Pâques", "Fête nationale"…). Four of them move with Easter.
 */
public enum PublicHolidayName {
    /** 1 January, Jour de l'an. */
    NEW_YEARS_DAY,
    /** Easter + 1, Lundi de Pâques. */
    EASTER_MONDAY,
    /** 1 May, Fête du travail. */
    LABOUR_DAY,
    /** 8 May, Victoire 1945. */
    VICTORY_IN_EUROPE_DAY,
    /** Easter + 39, Ascension (always a Thursday). */
    ASCENSION_DAY,
    /** Easter + 50, Lundi de Pentecôte. */
    WHIT_MONDAY,
    /** 14 July, Fête nationale. */
    NATIONAL_DAY,
    /** 15 August, Assomption. */
    ASSUMPTION_DAY,
    /** 1 November, Toussaint. */
    ALL_SAINTS_DAY,
    /** 11 November, Armistice 1918. */
    ARMISTICE_DAY,
    /** 25 December, Noël. */
    CHRISTMAS_DAY;

    /** The date of this holiday in the given year (Gregorian calendar, from 1583). */
    public LocalDate dateIn(int year) {
        switch (this) {
            case NEW_YEARS_DAY:
                return LocalDate.of(year, Month.JANUARY, 1);
            case EASTER_MONDAY:
                return PublicHolidays.easterSunday(year).plusDays(1);
            case LABOUR_DAY:
                return LocalDate.of(year, Month.MAY, 1);
            case VICTORY_IN_EUROPE_DAY:
                return LocalDate.of(year, Month.MAY, 8);
            case ASCENSION_DAY:
                return PublicHolidays.easterSunday(year).plusDays(39);
            case WHIT_MONDAY:
                return PublicHolidays.easterSunday(year).plusDays(50);
            case NATIONAL_DAY:
                return LocalDate.of(year, Month.JULY, 14);
            case ASSUMPTION_DAY:
                return LocalDate.of(year, Month.AUGUST, 15);
            case ALL_SAINTS_DAY:
                return LocalDate.of(year, Month.NOVEMBER, 1);
            case ARMISTICE_DAY:
                return LocalDate.of(year, Month.NOVEMBER, 11);
            case CHRISTMAS_DAY:
                return LocalDate.of(year, Month.DECEMBER, 25);
            default:
                throw new IllegalStateException("Unknown public holiday " + this);
        }
    }

    /** Whether the date moves with Easter from one year to the next. */
    public boolean movesWithEaster() {
        return this == EASTER_MONDAY || this == ASCENSION_DAY || this == WHIT_MONDAY;
    }
}
