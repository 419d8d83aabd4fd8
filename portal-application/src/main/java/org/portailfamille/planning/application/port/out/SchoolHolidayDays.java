package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.SchoolHoliday;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The school holidays of the municipality's zone, as the planning grid shows them ("Petites vacances", "Grandes
 * vacances"). The school-holiday storage of the set-up pages (branch planning-setup) implements it; until it is
 * merged, the bootstrap wires the calendar without any stored holiday.
 */
public interface SchoolHolidayDays {

    /** The kind of school holidays {@code day} falls in, if it falls in any. */
    Optional<SchoolHoliday.Kind> on(LocalDate day);
}
