package org.portailfamille.planning.domain;

import org.portailfamille.planning.FacilityId;

import java.util.Objects;

/** A facility (structure) running activities: an ALSH, an after-school care, a crèche, a school canteen. */
public record Facility(FacilityId id, String name) {

    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("A facility has a name of 1 to 200 characters");
        }
    }
}
