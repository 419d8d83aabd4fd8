package org.portailfamille.billing;

import java.util.Objects;
import java.util.UUID;

/** Identity of a régie (the municipal cash office that bills a group of activities). */
public record RegieId(UUID value) {
    public RegieId {
        Objects.requireNonNull(value, "value");
    }

    public static RegieId newId() {
        return new RegieId(UUID.randomUUID());
    }
}
