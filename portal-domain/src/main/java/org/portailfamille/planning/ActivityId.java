package org.portailfamille.planning;

import java.util.Objects;
import java.util.UUID;

/** Identity of an activity (prestation): one bookable line of the planning, run by a facility. */
public record ActivityId(UUID value) {
    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId newId() {
        return new ActivityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
