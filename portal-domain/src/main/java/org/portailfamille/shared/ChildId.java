package org.portailfamille.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identity of a child of a family. */
public record ChildId(UUID value) implements Serializable {
    public ChildId {
        Objects.requireNonNull(value, "value");
    }

    public static ChildId newId() {
        return new ChildId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
