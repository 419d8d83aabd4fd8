package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One cell of the planning grid: a day of an activity for a child.
 *
 * @param day             the day
 * @param status          what the cell shows
 * @param actions         what the family may do now, in menu order; empty when nothing
 * @param changeableUntil the deadline of the first action (booking deadline for BOOK, JOIN_WAITING_LIST and
 *                        ACCEPT_OFFER, cancellation deadline for CANCEL), in the municipality's local time
 * @param unavailable     why the day cannot be booked or changed now, if so
 * @param offerId         the pending place offer, when ACCEPT_OFFER is possible
 * @param offerExpiresAt  until when that offer may be accepted
 */
public record PlanningCell(LocalDate day, CellStatus status, List<CellAction> actions,
                           @Nullable LocalDateTime changeableUntil, @Nullable CellUnavailability unavailable,
                           @Nullable UUID offerId, @Nullable Instant offerExpiresAt) {

    public PlanningCell {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(status, "status");
        actions = List.copyOf(actions);
    }

    /** Whether the family may do something on this day now (the cell is a button). */
    public boolean actionable() {
        return !actions.isEmpty();
    }

    public boolean allows(CellAction action) {
        return actions.contains(action);
    }
}
