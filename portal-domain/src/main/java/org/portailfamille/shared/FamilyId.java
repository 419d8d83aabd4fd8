package org.portailfamille.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Technical identity of a family account (the public one is the family number). */
public record FamilyId(UUID value) implements Serializable {
    public FamilyId {
        Objects.requireNonNull(value, "value");
    }

    public static FamilyId newId() {
        return new FamilyId(UUID.randomUUID());
    }

    public static FamilyId of(String value) {
        return new FamilyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
