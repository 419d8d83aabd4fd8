package org.portailfamille.planning.domain;

import org.portailfamille.planning.FacilityId;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The facilities a member of staff works for (ADR 0025): some facilities, or all of them ("tous les sites", an
 * administrator, who also keeps the municipality's desk and assigns the others).
 *
 * @param loginId the staff login (accounts)
 */
public record StaffAssignment(UUID loginId, boolean allFacilities, Set<FacilityId> facilities) {

    public StaffAssignment {
        Objects.requireNonNull(loginId, "loginId");
        facilities = allFacilities ? Set.of() : Set.copyOf(facilities);
    }

    /** A staff login nobody assigned yet: no facility. */
    public static StaffAssignment none(UUID loginId) {
        return new StaffAssignment(loginId, false, Set.of());
    }

    public static StaffAssignment everywhere(UUID loginId) {
        return new StaffAssignment(loginId, true, Set.of());
    }

    public boolean covers(FacilityId facility) {
        return allFacilities || facilities.contains(facility);
    }
}
