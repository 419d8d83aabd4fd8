package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

/**
 * An activity's settings, in the terms of {@link SetUpActivityCommand}: {@code bookingMode} is
 * {@code CONFIRMED_AT_ONCE} or {@code VALIDATED_BY_STAFF}; {@code cancellation} is {@code SAME_AS_BOOKING},
 * {@code NOT_ALLOWED} or {@code OWN_DEADLINE} (with its {@code cancellationDeadline}); {@code season} is
 * {@code ALL_YEAR}, {@code TERM_TIME}, {@code SCHOOL_HOLIDAYS} or {@code DATED_SESSIONS} (with its {@code sessions}).
 */
public record ActivityView(UUID id, UUID facilityId, UUID regieId, String name, Set<DayOfWeek> weekdays, int places,
                           int alertThreshold, String bookingMode, DeadlineRule bookingDeadline, String cancellation,
                           @Nullable DeadlineRule cancellationDeadline, String season,
                           java.util.List<org.portailfamille.shared.DateRange> sessions) {
    public ActivityView {
        weekdays = Set.copyOf(weekdays);
        sessions = java.util.List.copyOf(sessions);
    }
}
