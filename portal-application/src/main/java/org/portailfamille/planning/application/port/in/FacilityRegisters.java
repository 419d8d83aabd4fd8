package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The registers of every activity of a facility on one day (one page, printable). */
public record FacilityRegisters(UUID facilityId, String facilityName, LocalDate day, List<AttendanceRegister> registers) {

    public FacilityRegisters {
        registers = List.copyOf(registers);
    }

    /** A facility whose registers staff may open. */
    public record Choice(UUID facilityId, String name) {
    }
}
