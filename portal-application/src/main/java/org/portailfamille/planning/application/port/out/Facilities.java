package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.domain.Facility;

import java.util.Optional;

/** Where facilities are kept (names unique, enforced by the database). */
public interface Facilities {

    void add(Facility facility);

    Optional<Facility> byId(FacilityId id);
}
