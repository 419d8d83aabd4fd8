package org.portailfamille.accounts.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.util.Objects;

/**
 * A line of a family's history: one field of the file changed directly by staff (or a child created from an
 * accepted registration), with who did it, when, why, and the old and new values as shown (codes as message keys,
 * an IBAN masked, health data never; {@code coded} values are message keys). {@code subject} names what changed: "family" or a child's name.
 */
public record FamilyHistoryEntry(FamilyId familyId, @Nullable ChildId childId, Instant changedAt, String actor,
                                 String reason, String subject, String field, String oldValue, String newValue,
                                 boolean coded) {

    public static final int MAX_REASON = 500;

    public FamilyHistoryEntry {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(changedAt, "changedAt");
        actor = text(actor, 100, "actor");
        reason = text(reason, MAX_REASON, "reason");
        subject = text(subject, 200, "subject");
        field = text(field, 100, "field");
        oldValue = cut(oldValue);
        newValue = cut(newValue);
        if (actor.isEmpty() || reason.isEmpty() || field.isEmpty()) {
            throw new IllegalArgumentException("A history line names who, why and which field");
        }
    }

    private static String text(String value, int max, String name) {
        String clean = Objects.requireNonNull(value, name).strip();
        if (clean.length() > max) {
            throw new IllegalArgumentException(name + " is at most " + max + " characters");
        }
        return clean;
    }

    private static String cut(String value) {
        String clean = value == null ? "" : value.strip();
        return clean.length() > 2000 ? clean.substring(0, 2000) : clean;
    }
}
