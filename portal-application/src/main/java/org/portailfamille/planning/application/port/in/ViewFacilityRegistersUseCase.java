package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff: the daily registers of every activity of a facility, on one page. */
public interface ViewFacilityRegistersUseCase {

    /** Every facility, by name. */
    List<FacilityRegisters.Choice> registerFacilities();

    /** The registers of {@code day} of each activity of the facility, by activity name; empty when no such facility. */
    Optional<FacilityRegisters> facilityRegisters(UUID facilityId, LocalDate day);
}
