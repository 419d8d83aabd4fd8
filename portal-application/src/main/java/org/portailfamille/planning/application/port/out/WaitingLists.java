package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.WaitingList;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Where the waiting lists of full days are kept, in arrival order; a child waits at most once for a day. */
public interface WaitingLists {

    WaitingList of(ActivityId activity, LocalDate day);

    /** Adds {@code child} at the end of the day's list; false, and nothing added, when it already waits. */
    boolean join(ActivityId activity, LocalDate day, ChildId child, FamilyId family, Instant arrivedAt);

    void remove(ActivityId activity, LocalDate day, ChildId child);

    /**
     * Removes every waiting entry of {@code activity} from {@code firstDay} to {@code lastDay} (both included) and
     * returns them (a closing withdraws them).
     */
    java.util.List<Removed> removeBetween(ActivityId activity, LocalDate firstDay, LocalDate lastDay);

    /** A waiting entry removed: whose child, which day. */
    record Removed(ActivityId activity, LocalDate day, ChildId child, FamilyId family) {
    }

    /** The days of {@code from}–{@code to} (both included) on which {@code child} waits for a place of {@code activity}. */
    Set<LocalDate> daysWaitedBy(ChildId child, ActivityId activity, LocalDate from, LocalDate to);

    /** The same for several activities at once (one query for a whole planning grid). */
    default java.util.Map<ActivityId, Set<LocalDate>> daysWaitedBy(ChildId child,
                                                                  java.util.Collection<ActivityId> activities,
                                                                  LocalDate from, LocalDate to) {
        java.util.Map<ActivityId, Set<LocalDate>> waited = new java.util.HashMap<>();
        for (ActivityId activity : activities) {
            waited.put(activity, daysWaitedBy(child, activity, from, to));
        }
        return waited;
    }

    /** The days the children of {@code family} wait for, day order. */
    java.util.List<Waiting> waitingOf(FamilyId family);

    /** A child of a family waiting for a day of an activity. */
    record Waiting(ActivityId activity, LocalDate day, ChildId child) {
    }
}
