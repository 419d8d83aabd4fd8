package org.portailfamille.planning.domain;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The children waiting for a place on one day of a full activity, first come, first served: entries are kept in
 * arrival order (entries arriving at the same instant keep the order given). A child waits at most once.
 *
 * <p>When a place frees, it is offered at once to the first child ({@link #offerNext}), who leaves the list; if the
 * family declines or lets the offer expire, the place is offered to the new first child, and that family may join
 * the list again, at its end. Priorities (residents first, siblings…) are not modelled yet.
 *
 * @param activity the full activity
 * @param day      the day waited for
 * @param entries  the waiting children, in arrival order
 */
public record WaitingList(ActivityId activity, LocalDate day, List<WaitingEntry> entries) {

    public WaitingList {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(entries, "entries");
        List<WaitingEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(WaitingEntry::arrivedAt));
        if (sorted.stream().map(WaitingEntry::child).distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("A child waits at most once for a day");
        }
        entries = List.copyOf(sorted);
    }

    public static WaitingList empty(ActivityId activity, LocalDate day) {
        return new WaitingList(activity, day, List.of());
    }

    /** This list with {@code child} added at its end. */
    public WaitingList join(ChildId child, Instant arrivedAt) {
        if (contains(child)) {
            throw new IllegalArgumentException("The child already waits for this day");
        }
        if (!entries.isEmpty() && arrivedAt.isBefore(entries.get(entries.size() - 1).arrivedAt())) {
            throw new IllegalArgumentException("A child joins after those already waiting");
        }
        List<WaitingEntry> more = new ArrayList<>(entries);
        more.add(new WaitingEntry(child, arrivedAt));
        return new WaitingList(activity, day, more);
    }

    /** This list without {@code child} (the family withdrew, or got the place). */
    public WaitingList without(ChildId child) {
        List<WaitingEntry> fewer = new ArrayList<>(entries);
        if (!fewer.removeIf(entry -> entry.child().equals(child))) {
            throw new IllegalArgumentException("The child does not wait for this day");
        }
        return new WaitingList(activity, day, fewer);
    }

    public boolean contains(ChildId child) {
        return positionOf(child).isPresent();
    }

    /** The 1-based position of {@code child}, empty when it does not wait. */
    public OptionalInt positionOf(ChildId child) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).child().equals(child)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The first child waiting, who gets the next freed place. */
    public Optional<WaitingEntry> next() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Offers a freed place to the first child, who has {@code timeToAccept} to accept it.
     *
     * @return the offer and this list without that child; empty when nobody waits
     */
    public Optional<Offered> offerNext(Instant now, Duration timeToAccept) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(timeToAccept, "timeToAccept");
        if (timeToAccept.isNegative() || timeToAccept.isZero()) {
            throw new IllegalArgumentException("A family has some time to accept an offer");
        }
        return next().map(first -> new Offered(
                new PlaceOffer(activity, day, first.child(), now, now.plus(timeToAccept)),
                without(first.child())));
    }

    /** A place offered to the first child, and the list left behind. */
    public record Offered(PlaceOffer offer, WaitingList remaining) {
        public Offered {
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(remaining, "remaining");
        }
    }
}
