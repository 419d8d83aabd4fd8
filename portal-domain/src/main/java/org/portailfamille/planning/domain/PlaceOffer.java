package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A freed place offered at once to the first child of a waiting list. The family accepts before
 * {@code expiresAt}; at that instant the offer has expired and the place goes to the next child.
 */
public record PlaceOffer(ActivityId activity, LocalDate day, ChildId child, Instant offeredAt, Instant expiresAt) {

    /** The usual time a family has to accept an offer. */
    public static final Duration DEFAULT_TIME_TO_ACCEPT = Duration.ofHours(24);

    public PlaceOffer {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(offeredAt)) {
            throw new IllegalArgumentException("An offer expires after it is made");
        }
    }

    /** Whether the family may still accept at {@code now}. */
    public boolean canBeAccepted(Instant now) {
        return now.isBefore(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return !canBeAccepted(now);
    }

    /** How long the family has left at {@code now} (zero once expired). */
    public Duration timeLeft(Instant now) {
        return isExpired(now) ? Duration.ZERO : Duration.between(now, expiresAt);
    }
}
