package org.portailfamille.planning.domain;

import org.portailfamille.shared.ChildId;

import java.time.Instant;
import java.util.Objects;

/** A child waiting for a place, and when the request arrived. */
public record WaitingEntry(ChildId child, Instant arrivedAt) {
    public WaitingEntry {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
    }
}
