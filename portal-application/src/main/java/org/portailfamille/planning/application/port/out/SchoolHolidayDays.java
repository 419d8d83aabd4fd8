package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.SchoolHoliday;

import java.time.LocalDate;
import java.util.Map;

/**
 * The school holidays of the municipality's zone, as the planning grid shows them ("Petites vacances", "Grandes
 * vacances"), implemented on the staff-kept school calendar ({@code SchoolCalendars}) by
 * {@code StoredSchoolHolidayDays}.
 */
public interface SchoolHolidayDays {

    /** The days of {@code from}–{@code to} (both included) that fall in school holidays, with their kind. */
    Map<LocalDate, SchoolHoliday.Kind> between(LocalDate from, LocalDate to);
}
