package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.SchoolHoliday;

import java.time.LocalDate;
import java.util.Map;

/**
 * The school holidays of the municipality's zone, as the planning grid shows them ("Petites vacances", "Grandes
 * vacances"). The school-calendar storage of the set-up pages (branch planning-setup, port {@code SchoolCalendars}:
 * its zone and {@code holidaysOverlapping(range)}) is meant to implement it; until it is merged, the bootstrap wires
 * a calendar without any stored holiday.
 */
public interface SchoolHolidayDays {

    /** The days of {@code from}–{@code to} (both included) that fall in school holidays, with their kind. */
    Map<LocalDate, SchoolHoliday.Kind> between(LocalDate from, LocalDate to);
}
