package org.portailfamille.planning;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Staff recorded (or changed) a child's line of an activity's daily register. Billing uses it: the latest event of a
 * child, activity and day supersedes the earlier ones (a register marked again, or an absence ruled after the
 * register). An event is published only when the outcome of the line changes, so replays are not billed twice.
 *
 * @param child          the child, by id
 * @param family         the child's family, by id
 * @param activity       the activity
 * @param regieId        the billing régie of the activity (billing module), by id
 * @param day            the day of the register
 * @param outcome        what the line means for billing
 * @param absencePending whether the child was absent with an absence still awaiting a staff ruling: the outcome is
 *                       then {@link Outcome#ABSENT_BILLED} until the ruling, which publishes the final outcome
 * @param recordedAt     when the line was recorded or reassessed
 */
@NamedInterface("events")
public record AttendanceRecorded(ChildId child, FamilyId family, ActivityId activity, UUID regieId, LocalDate day,
                                 Outcome outcome, boolean absencePending, Instant recordedAt) {

    /** What a register line means for billing. */
    public enum Outcome {
        /** "Présent sur réservation": billed as booked. */
        PRESENT_ON_BOOKING,
        /** "Présent" without a booking: billed, possibly with a surcharge. */
        PRESENT_WITHOUT_BOOKING,
        /** "Absent excusé": not billed. */
        ABSENT_EXCUSED,
        /** "Absent facturé": billed. */
        ABSENT_BILLED
    }

    public AttendanceRecorded {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (absencePending && outcome != Outcome.ABSENT_BILLED) {
            throw new IllegalArgumentException("A pending absence leaves the line ABSENT_BILLED until it is ruled");
        }
    }
}
