package org.portailfamille.planning.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An absence declared by the family for one day of an activity the child was booked on (a reservation or a
 * regular day). A medical reason carries the id of its uploaded certificate.
 *
 * @param id            identity
 * @param child         the child, by id
 * @param family        the child's family, by id
 * @param activity      the activity
 * @param day           the day of absence
 * @param reason        why
 * @param comment       the family's words, at most 500 characters, possibly empty
 * @param certificateId the medical certificate, required for a medical reason, absent otherwise allowed
 * @param status        pending, excused or billed
 * @param declaredAt    when the family declared it
 * @param decidedAt     when staff ruled on it; null while pending
 */
public record Absence(UUID id, ChildId child, FamilyId family, ActivityId activity, LocalDate day,
                      AbsenceReason reason, String comment, @Nullable UUID certificateId, AbsenceStatus status,
                      Instant declaredAt, @Nullable Instant decidedAt) {

    public static final int MAX_COMMENT_LENGTH = 500;

    public Absence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(declaredAt, "declaredAt");
        comment = comment.strip();
        if (comment.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("An absence comment has at most 500 characters");
        }
        if (reason.isMedical() && certificateId == null) {
            throw new IllegalArgumentException("A medical absence comes with a certificate");
        }
        if ((status == AbsenceStatus.PENDING) != (decidedAt == null)) {
            throw new IllegalArgumentException("A pending absence has no decision time, a decided one has");
        }
    }

    /** A new absence declared now, pending a staff ruling. */
    public static Absence declare(ChildId child, FamilyId family, ActivityId activity, LocalDate day,
                                  AbsenceReason reason, String comment, @Nullable UUID certificateId, Instant now) {
        return new Absence(UUID.randomUUID(), child, family, activity, day, reason, comment, certificateId,
                AbsenceStatus.PENDING, now, null);
    }

    /** This absence ruled excused or billed at {@code at}. */
    public Absence ruled(AbsenceStatus ruling, Instant at) {
        if (status != AbsenceStatus.PENDING) {
            throw new IllegalStateException("The absence was already ruled " + status);
        }
        if (ruling == AbsenceStatus.PENDING) {
            throw new IllegalArgumentException("A ruling is EXCUSED or BILLED");
        }
        return new Absence(id, child, family, activity, day, reason, comment, certificateId, ruling, declaredAt, at);
    }
}
