package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.StaffAssignment;

import java.util.Optional;
import java.util.UUID;

/** Where the facilities of each member of staff are kept. */
public interface StaffAssignments {

    Optional<StaffAssignment> of(UUID loginId);

    /** Replaces the login's assignment. */
    void save(StaffAssignment assignment);
}
