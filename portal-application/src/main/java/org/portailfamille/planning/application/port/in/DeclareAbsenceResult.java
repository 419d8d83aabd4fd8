package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** What became of an absence declaration; {@code absenceId} when DECLARED or ALREADY_DECLARED. */
public record DeclareAbsenceResult(Outcome outcome, @Nullable UUID absenceId) {

    public enum Outcome {
        /** Checked only (first step): everything is in order, the family may confirm. */
        READY,
        /** Declared: pending a staff ruling ("Absence en cours de traitement"). */
        DECLARED,
        /** The child already has an absence that day: nothing changed. */
        ALREADY_DECLARED,
        /** Not one of the reasons. */
        REASON_UNKNOWN,
        /** The comment has more than 500 characters. */
        COMMENT_TOO_LONG,
        /** The child is not booked that day (no active reservation, no regular day). */
        NOT_BOOKED,
        /** Too late for this reason: after the day, or more than 7 days after it for a medical reason. */
        TOO_LATE,
        /** A medical reason without a certificate. */
        CERTIFICATE_REQUIRED,
        /** The file is not a PDF, JPEG or PNG by its content. */
        CERTIFICATE_TYPE,
        /** The file is over 5 MB. */
        CERTIFICATE_TOO_LARGE
    }

    public static DeclareAbsenceResult of(Outcome outcome) {
        return new DeclareAbsenceResult(outcome, null);
    }

    public boolean isProblem() {
        return outcome != Outcome.READY && outcome != Outcome.DECLARED && outcome != Outcome.ALREADY_DECLARED;
    }
}
