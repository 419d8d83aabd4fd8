package org.portailfamille.planning.application.port.in;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Gives a staff login its facilities, or all of them ("tous les sites"). */
public record AssignStaffFacilitiesCommand(UUID loginId, boolean allFacilities, Set<UUID> facilityIds) {
    public AssignStaffFacilitiesCommand {
        Objects.requireNonNull(loginId, "loginId");
        facilityIds = Set.copyOf(facilityIds);
    }
}
