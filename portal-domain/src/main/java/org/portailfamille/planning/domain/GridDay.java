package org.portailfamille.planning.domain;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What {@link GridStatusPolicy} decides for a day of an activity.
 *
 * @param status          the one status shown
 * @param actions         what the family may do now, in menu order; empty when nothing
 * @param changeableUntil the deadline of the first action (booking deadline for BOOK, JOIN_WAITING_LIST and
 *                        ACCEPT_OFFER, and for a full day; cancellation deadline for CANCEL), local time
 * @param unavailable     why the day cannot be booked or changed now, if so
 */
public record GridDay(DayStatus status, List<DayAction> actions, @Nullable LocalDateTime changeableUntil,
                      @Nullable DayUnavailability unavailable) {

    public GridDay {
        Objects.requireNonNull(status, "status");
        actions = List.copyOf(actions);
    }
}
