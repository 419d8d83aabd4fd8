package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import org.portailfamille.shared.DateRange;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A new activity of a facility.
 *
 * @param facilityId              the facility running it
 * @param regieId                 the billing régie
 * @param name                    what families read
 * @param weekdays                the weekdays it runs
 * @param places                  places a day
 * @param almostFullThreshold     "few places left" from this many remaining places
 * @param bookingMode             {@code CONFIRMED_AT_ONCE} or {@code VALIDATED_BY_STAFF}
 * @param bookingDeadline         until when a day may be booked
 * @param cancellation            {@code SAME_AS_BOOKING}, {@code NOT_ALLOWED} or {@code OWN_DEADLINE}
 * @param cancellationDeadline    the deadline of {@code OWN_DEADLINE}, null otherwise
 * @param season                  {@code ALL_YEAR}, {@code TERM_TIME}, {@code SCHOOL_HOLIDAYS} or
 *                                {@code DATED_SESSIONS} (ADR 0030)
 * @param sessions                the dated sessions of {@code DATED_SESSIONS}, empty otherwise
 */
public record SetUpActivityCommand(UUID facilityId, UUID regieId, String name, Set<DayOfWeek> weekdays, int places,
                                   int almostFullThreshold, String bookingMode, DeadlineRule bookingDeadline,
                                   String cancellation, @Nullable DeadlineRule cancellationDeadline, String season,
                                   List<DateRange> sessions) {

    public static final String ALL_YEAR = "ALL_YEAR";
    public static final String TERM_TIME = "TERM_TIME";
    public static final String SCHOOL_HOLIDAYS = "SCHOOL_HOLIDAYS";
    public static final String DATED_SESSIONS = "DATED_SESSIONS";
    /** At most this many dated sessions (the domain's limit). */
    public static final int MAX_SESSIONS = 20;

    /** An activity offered all year. */
    public SetUpActivityCommand(UUID facilityId, UUID regieId, String name, Set<DayOfWeek> weekdays, int places,
                                int almostFullThreshold, String bookingMode, DeadlineRule bookingDeadline,
                                String cancellation, @Nullable DeadlineRule cancellationDeadline) {
        this(facilityId, regieId, name, weekdays, places, almostFullThreshold, bookingMode, bookingDeadline,
                cancellation, cancellationDeadline, ALL_YEAR, List.of());
    }

    /** The same settings offered in {@code season} ({@code sessions} for dated sessions). */
    public SetUpActivityCommand inSeason(String season, List<DateRange> sessions) {
        return new SetUpActivityCommand(facilityId, regieId, name, weekdays, places, almostFullThreshold, bookingMode,
                bookingDeadline, cancellation, cancellationDeadline, season, sessions);
    }

    public static final String SAME_AS_BOOKING = "SAME_AS_BOOKING";
    public static final String NOT_ALLOWED = "NOT_ALLOWED";
    public static final String OWN_DEADLINE = "OWN_DEADLINE";

    public SetUpActivityCommand {
        weekdays = Set.copyOf(weekdays);
        sessions = List.copyOf(sessions);
    }
}
