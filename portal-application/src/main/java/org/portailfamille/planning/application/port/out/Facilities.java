package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.domain.Facility;

import java.util.List;
import java.util.Optional;

/** Where facilities are kept (names unique, enforced by the database). */
public interface Facilities {

    void add(Facility facility);

    Optional<Facility> byId(FacilityId id);

    /** Every facility, by name. */
    List<Facility> all();

    /** The facility called {@code name} (exactly, after stripping), if any. */
    Optional<Facility> byName(String name);

    /** Gives {@code facility} its new name; false when it does not exist. */
    boolean rename(Facility facility);
}
