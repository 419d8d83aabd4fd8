package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The occupancy of an activity over a month, for staff: per day, the places taken and left, whether the alert
 * threshold is reached, the waiting list in order, and the place offers made (pending, accepted, declined or
 * expired) with when they were decided.
 *
 * @param alertThreshold "few places left" when at most this many remain
 */
public record MonthOccupancy(UUID activityId, String activityName, UUID facilityId, String facilityName,
                             YearMonth month, int places, int alertThreshold, List<Day> days) {

    public MonthOccupancy {
        days = List.copyOf(days);
    }

    /**
     * One day.
     *
     * @param dayStatus  OPEN, or why the activity does not take children that day (NOT_RUNNING_THAT_DAY, CLOSED, …)
     * @param taken      places taken by bookings or held by pending offers
     * @param almostFull some places left, no more than the alert threshold
     * @param full       no place left
     */
    public record Day(LocalDate day, String dayStatus, int taken, int remaining, boolean almostFull, boolean full,
                      List<Waiting> waiting, List<Offer> offers) {
        public Day {
            waiting = List.copyOf(waiting);
            offers = List.copyOf(offers);
        }

        public boolean open() {
            return "OPEN".equals(dayStatus);
        }
    }

    /** A child waiting, at {@code position} (1 for the first). */
    public record Waiting(int position, ChildId child, Instant arrivedAt) {
    }

    /**
     * A place offered to a child of a family.
     *
     * @param status    PENDING, ACCEPTED, DECLINED or EXPIRED
     * @param decidedAt when it was accepted, declined or found expired; null while pending
     */
    public record Offer(ChildId child, FamilyId family, String status, Instant offeredAt, Instant expiresAt,
                        @Nullable Instant decidedAt) {
    }
}
