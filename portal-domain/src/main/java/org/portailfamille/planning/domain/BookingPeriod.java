package org.portailfamille.planning.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.DateRange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A booking period of an activity: the days it covers, and when families may start (and, optionally, stop) booking
 * them, in the municipality's local time: "les journées d'été s'ouvrent à la réservation le 2 juin à 8h30". The
 * opening moment is included (at 08:30:00 booking is open); so is the closing moment. Outside the opening window
 * the covered days cannot be booked, whatever the activity's deadlines say; the deadlines still apply inside it.
 *
 * @param id       identity
 * @param activity the activity
 * @param days     the days covered, both ends included
 * @param opensAt  the first moment the days may be booked
 * @param closesAt the last moment they may be booked, if booking closes before the deadlines do
 */
public record BookingPeriod(UUID id, ActivityId activity, DateRange days, LocalDateTime opensAt,
                            @Nullable LocalDateTime closesAt) {

    public BookingPeriod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(opensAt, "opensAt");
        if (closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A booking period closes after it opens");
        }
        if (opensAt.toLocalDate().isAfter(days.end())) {
            throw new IllegalArgumentException("A booking period opens before its last day");
        }
    }

    /** A new booking period of {@code activity}. */
    public static BookingPeriod of(ActivityId activity, DateRange days, LocalDateTime opensAt,
                                   @Nullable LocalDateTime closesAt) {
        return new BookingPeriod(UUID.randomUUID(), activity, days, opensAt, closesAt);
    }

    /** Whether this period covers {@code day}. */
    public boolean covers(LocalDate day) {
        return days.contains(day);
    }

    /** Whether booking is not open yet at {@code now}. */
    public boolean isNotOpenYet(LocalDateTime now) {
        return now.isBefore(opensAt);
    }

    /** Whether booking has closed at {@code now}. */
    public boolean isClosedAt(LocalDateTime now) {
        return closesAt != null && now.isAfter(closesAt);
    }

    /** Whether its days may be booked at {@code now} (deadlines aside). */
    public boolean isOpenAt(LocalDateTime now) {
        return !isNotOpenYet(now) && !isClosedAt(now);
    }
}
