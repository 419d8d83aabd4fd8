package org.portailfamille.planning.application.port.in;

import java.util.Set;
import java.util.UUID;

/**
 * The facilities a member of staff works for: {@code allFacilities} for an administrator ("tous les sites": every
 * facility, the municipality's desk, the assignment of others), else the listed ones (maybe none).
 */
public record StaffFacilities(boolean allFacilities, Set<UUID> facilityIds) {

    public StaffFacilities {
        facilityIds = Set.copyOf(facilityIds);
    }

    public boolean covers(UUID facilityId) {
        return allFacilities || facilityIds.contains(facilityId);
    }
}
