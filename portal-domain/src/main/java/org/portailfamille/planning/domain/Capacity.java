package org.portailfamille.planning.domain;

/**
 * How many children an activity takes on a day, and from how many remaining places pages warn that few are left
 * ("plus que 5 places").
 *
 * @param places         places per day, at least 1
 * @param alertThreshold "few places left" when at most this many remain (and some do), at least 0
 */
public record Capacity(int places, int alertThreshold) {

    /** The usual alert: five places or fewer left. */
    public static final int DEFAULT_ALERT_THRESHOLD = 5;

    public Capacity {
        if (places < 1) {
            throw new IllegalArgumentException("An activity takes at least one child a day: " + places);
        }
        if (alertThreshold < 0) {
            throw new IllegalArgumentException("An alert threshold is not negative: " + alertThreshold);
        }
    }

    /** {@code places} a day, with the usual alert threshold. */
    public static Capacity of(int places) {
        return new Capacity(places, DEFAULT_ALERT_THRESHOLD);
    }

    /** Places still free when {@code booked} are taken; never negative (staff may have booked beyond capacity). */
    public int remaining(int booked) {
        return Math.max(0, places - requireBooked(booked));
    }

    /** Whether no place is left: a new request goes to the waiting list. */
    public boolean isFull(int booked) {
        return remaining(booked) == 0;
    }

    /** Whether some places are left, but no more than the alert threshold. */
    public boolean isAlmostFull(int booked) {
        int remaining = remaining(booked);
        return remaining > 0 && remaining <= alertThreshold;
    }

    private static int requireBooked(int booked) {
        if (booked < 0) {
            throw new IllegalArgumentException("Booked places are not negative: " + booked);
        }
        return booked;
    }
}
