package org.portailfamille.accounts.domain;

import org.portailfamille.shared.ChildId;

import java.time.Instant;
import java.util.Objects;

/**
 * An audit entry: a member of staff read a child's health data (special-category data). {@code purpose} says
 * where or why, e.g. "request:<id>" for the detail of a "Données sanitaires" request.
 */
public record HealthDataRead(String reader, Instant readAt, ChildId childId, String purpose) {
    public HealthDataRead {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(readAt, "readAt");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(purpose, "purpose");
        if (reader.isBlank() || reader.length() > 100 || purpose.isBlank() || purpose.length() > 200) {
            throw new IllegalArgumentException("A reader is 1 to 100 characters, a purpose 1 to 200");
        }
    }
}
