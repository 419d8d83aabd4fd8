package org.portailfamille.planning;

import java.util.Objects;
import java.util.UUID;

/** Identity of a facility (structure: ALSH, after-school care, crèche, school). */
public record FacilityId(UUID value) {
    public FacilityId {
        Objects.requireNonNull(value, "value");
    }

    public static FacilityId newId() {
        return new FacilityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
