package org.portailfamille.planning.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.DateRange;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When an activity is offered over the school year (ADR 0030): all year, in term time only (never in the school
 * holidays of the municipality's zone), in the school holidays only, or on dated sessions (a summer camp). Its
 * weekdays still apply within the season; public holidays and closures still close a day.
 *
 * @param kind     which season
 * @param sessions the dated sessions, day order, for {@link Kind#DATED_SESSIONS} only (at least one); empty otherwise
 */
public record ActivitySeason(Kind kind, List<DateRange> sessions) {

    /** At most this many dated sessions: more is surely a typing mistake. */
    public static final int MAX_SESSIONS = 20;

    public enum Kind {
        ALL_YEAR,
        TERM_TIME,
        SCHOOL_HOLIDAYS,
        DATED_SESSIONS
    }

    public static final ActivitySeason ALL_YEAR = new ActivitySeason(Kind.ALL_YEAR, List.of());
    public static final ActivitySeason TERM_TIME = new ActivitySeason(Kind.TERM_TIME, List.of());
    public static final ActivitySeason SCHOOL_HOLIDAYS = new ActivitySeason(Kind.SCHOOL_HOLIDAYS, List.of());

    public ActivitySeason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sessions, "sessions");
        if (kind == Kind.DATED_SESSIONS) {
            if (sessions.isEmpty() || sessions.size() > MAX_SESSIONS) {
                throw new IllegalArgumentException("Dated sessions are 1 to " + MAX_SESSIONS + " ranges of days");
            }
            sessions = sessions.stream().sorted(Comparator.comparing(DateRange::start)).toList();
        } else if (!sessions.isEmpty()) {
            throw new IllegalArgumentException("Only dated sessions list their dates");
        } else {
            sessions = List.of();
        }
    }

    public static ActivitySeason sessions(List<DateRange> sessions) {
        return new ActivitySeason(Kind.DATED_SESSIONS, sessions);
    }

    /**
     * Whether the season offers {@code day}, knowing whether it lies in the school holidays of the municipality's
     * zone ({@code holiday}, null in term time).
     */
    public boolean offers(LocalDate day, SchoolHoliday.@Nullable Kind holiday) {
        return switch (kind) {
            case ALL_YEAR -> true;
            case TERM_TIME -> holiday == null;
            case SCHOOL_HOLIDAYS -> holiday != null;
            case DATED_SESSIONS -> sessions.stream().anyMatch(session -> session.contains(day));
        };
    }

    /** Why a day outside the season is not offered, as the grid tells it. */
    public DayUnavailability whyNotOffered() {
        return switch (kind) {
            case TERM_TIME -> DayUnavailability.OUTSIDE_TERM_TIME;
            case SCHOOL_HOLIDAYS -> DayUnavailability.OUTSIDE_HOLIDAYS;
            default -> DayUnavailability.OUTSIDE_SESSIONS;
        };
    }
}
