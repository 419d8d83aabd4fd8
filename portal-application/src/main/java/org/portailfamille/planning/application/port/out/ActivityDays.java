package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The places of each day of each activity, counted by the database: taking a place is one conditional update that
 * fails when none is left, whatever the number of concurrent requests. A day's counter is created, with the
 * activity's capacity, when first used.
 */
public interface ActivityDays {

    /** Takes one place of {@code day}; false when none is left. */
    boolean takePlace(ActivityId activity, LocalDate day, int places);

    /** Gives back one place of {@code day}. */
    void releasePlace(ActivityId activity, LocalDate day);

    /**
     * Locks the counter of {@code day} until the transaction ends (creating it with {@code places} if missing), so
     * that freeing, offering and waiting for its places are decided one at a time. Returns the places taken.
     */
    int lock(ActivityId activity, LocalDate day, int places);

    /** The places taken on {@code day}; empty when nobody ever booked it. */
    OptionalInt taken(ActivityId activity, LocalDate day);

    /** The places taken on each day of {@code from}–{@code to} (both included) that somebody ever booked. */
    Map<LocalDate, Integer> takenBetween(ActivityId activity, LocalDate from, LocalDate to);

    /** The same for several activities at once (one query for a whole planning grid). */
    default Map<ActivityId, Map<LocalDate, Integer>> takenBetween(java.util.Collection<ActivityId> activities,
                                                                 LocalDate from, LocalDate to) {
        Map<ActivityId, Map<LocalDate, Integer>> taken = new java.util.HashMap<>();
        for (ActivityId activity : activities) {
            taken.put(activity, takenBetween(activity, from, to));
        }
        return taken;
    }
}
