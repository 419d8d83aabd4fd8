package org.portailfamille.planning.domain;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every case of ADR 0014, one row each: the status a day shows (each of the seventeen statuses of the legend, and
 * every tie-break of the priority order) and the actions it offers.
 */
class GridStatusPolicyTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Wednesday, not a public holiday. */
    static final LocalDate DAY = LocalDate.of(2027, 3, 3);
    /** "La veille à 18h00" for booking and cancelling: Tuesday 2 March 2027, 18:00. */
    static final LocalDateTime DEADLINE = DAY.minusDays(1).atTime(18, 0);
    static final DeadlinePolicy EVE_AT_SIX = DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.of(18, 0)));
    static final DeadlinePolicy NO_CANCELLING = new DeadlinePolicy(BookingDeadline.theDayBefore(LocalTime.of(18, 0)),
            CancellationRule.notAllowed());
    static final ChildId CHILD = ChildId.newId();
    static final FamilyId FAMILY = FamilyId.newId();
    static final ActivityId ACTIVITY = ActivityId.newId();
    static final LocalDateTime BEFORE_DEADLINE = DEADLINE.minusDays(1);
    static final LocalDateTime AFTER_DEADLINE = DAY.atTime(10, 0);

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void the_first_rule_that_applies_gives_the_status(String rule, Facts facts, DayStatus expected) {
        assertThat(GridStatusPolicy.statusOf(facts.build(), PARIS)).isEqualTo(expected);
        assertThat(GridStatusPolicy.decide(facts.build(), BEFORE_DEADLINE.atZone(PARIS)).status()).isEqualTo(expected);
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                // 1. A register line
                row("present on a public holiday is an error", facts().publicHoliday().present(true), DayStatus.ERROR),
                row("present on a closed day is an error", facts().closed().present(true), DayStatus.ERROR),
                row("present on a day the activity does not run is an error", facts().notRunning().present(true),
                        DayStatus.ERROR),
                row("present without booking on a closed day is an error", facts().closed().present(false),
                        DayStatus.ERROR),
                row("present on a booked day", facts().booked(ReservationOrigin.REQUESTED).present(true),
                        DayStatus.PRESENT_ON_BOOKING),
                row("present on a regular day", facts().regular().booked(ReservationOrigin.REGULAR).present(true),
                        DayStatus.PRESENT_ON_BOOKING),
                row("present without booking with a regular schedule", facts().regular().present(false),
                        DayStatus.OUT_OF_CONTRACT),
                row("present without booking and no regular schedule", facts().present(false), DayStatus.PRESENT),
                row("present beats a pending absence", facts().booked(ReservationOrigin.REQUESTED)
                        .absence(AbsenceStatus.PENDING, AbsenceReason.PERSONAL, DEADLINE).present(true),
                        DayStatus.PRESENT_ON_BOOKING),
                row("present beats a school holiday", facts().summer().present(false), DayStatus.PRESENT),
                row("absent, the absence ruled excused for a medical reason", facts().booked(ReservationOrigin.REQUESTED)
                        .absence(AbsenceStatus.EXCUSED, AbsenceReason.ILLNESS, DAY.atTime(12, 0))
                        .absent(AttendanceOutcome.ABSENT_EXCUSED), DayStatus.ABSENT_EXCUSED),
                row("absent, the absence ruled excused, not medical, declared in time",
                        facts().booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.EXCUSED, AbsenceReason.PERSONAL, DEADLINE.minusHours(1))
                                .absent(AttendanceOutcome.ABSENT_EXCUSED), DayStatus.LEAVE),
                row("absent, the absence ruled billed", facts().booked(ReservationOrigin.REQUESTED)
                        .absence(AbsenceStatus.BILLED, AbsenceReason.PERSONAL, DEADLINE.plusHours(1))
                        .absent(AttendanceOutcome.ABSENT_BILLED), DayStatus.ABSENT_BILLED),
                row("absent, the absence still pending: the register's billed outcome",
                        facts().booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.PENDING, AbsenceReason.PERSONAL, DEADLINE)
                                .absent(AttendanceOutcome.ABSENT_BILLED), DayStatus.ABSENT_BILLED),
                row("absent, no absence declared", facts().booked(ReservationOrigin.REQUESTED)
                        .absent(AttendanceOutcome.ABSENT_BILLED), DayStatus.ABSENT_BILLED),
                row("absent, the register says excused", facts().booked(ReservationOrigin.REQUESTED)
                        .absent(AttendanceOutcome.ABSENT_EXCUSED), DayStatus.ABSENT_EXCUSED),
                row("absent on a closed day is no error", facts().closed().booked(ReservationOrigin.REQUESTED)
                        .absent(AttendanceOutcome.ABSENT_BILLED), DayStatus.ABSENT_BILLED),
                // 2. A declared absence
                row("an absence pending", facts().booked(ReservationOrigin.REQUESTED)
                        .absence(AbsenceStatus.PENDING, AbsenceReason.PERSONAL, DEADLINE), DayStatus.ABSENCE_PENDING),
                row("an absence billed", facts().booked(ReservationOrigin.REQUESTED)
                        .absence(AbsenceStatus.BILLED, AbsenceReason.OTHER, DEADLINE), DayStatus.ABSENT_BILLED),
                row("an absence excused for a medical reason, even declared in time",
                        facts().booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.EXCUSED, AbsenceReason.HOSPITALISATION, BEFORE_DEADLINE),
                        DayStatus.ABSENT_EXCUSED),
                row("an absence excused, not medical, declared before the cancellation deadline",
                        facts().booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.EXCUSED, AbsenceReason.FAMILY_EVENT, BEFORE_DEADLINE),
                        DayStatus.LEAVE),
                row("an absence excused, not medical, declared at the cancellation deadline itself",
                        facts().booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.EXCUSED, AbsenceReason.PERSONAL, DEADLINE), DayStatus.LEAVE),
                row("an absence excused, not medical, declared after the cancellation deadline",
                        facts().booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.EXCUSED, AbsenceReason.PERSONAL, DEADLINE.plusMinutes(1)),
                        DayStatus.ABSENT_EXCUSED),
                row("no cancelling: an absence declared by the booking deadline is a leave",
                        facts().deadlines(NO_CANCELLING).booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.EXCUSED, AbsenceReason.PERSONAL, DEADLINE), DayStatus.LEAVE),
                row("no cancelling: an absence declared after the booking deadline is excused",
                        facts().deadlines(NO_CANCELLING).booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.EXCUSED, AbsenceReason.PERSONAL, DEADLINE.plusHours(1)),
                        DayStatus.ABSENT_EXCUSED),
                row("an absence beats a booking on a closed day", facts().closed().booked(ReservationOrigin.REQUESTED)
                        .absence(AbsenceStatus.PENDING, AbsenceReason.PERSONAL, DEADLINE), DayStatus.ABSENCE_PENDING),
                row("an absence beats a public holiday", facts().publicHoliday()
                        .absence(AbsenceStatus.BILLED, AbsenceReason.PERSONAL, DEADLINE), DayStatus.ABSENT_BILLED),
                // 3. An active booking on a public holiday or a closed day
                row("a booking on a public holiday is an error", facts().publicHoliday()
                        .booked(ReservationOrigin.REQUESTED), DayStatus.ERROR),
                row("a booking on a closed day is an error", facts().closed().booked(ReservationOrigin.REGULAR),
                        DayStatus.ERROR),
                row("a booking awaiting validation on a closed day is an error", facts().closed()
                        .awaiting(ReservationOrigin.REQUESTED), DayStatus.ERROR),
                // 4. Public holiday, then closure
                row("a public holiday", facts().publicHoliday(), DayStatus.PUBLIC_HOLIDAY),
                row("a closure", facts().closed(), DayStatus.CLOSED),
                row("a public holiday beats a closure", facts().publicHoliday().closed(), DayStatus.PUBLIC_HOLIDAY),
                row("a public holiday on a day the activity does not run", facts().notRunning().publicHoliday(),
                        DayStatus.PUBLIC_HOLIDAY),
                row("a public holiday beats the waiting list, a refusal and school holidays", facts().publicHoliday()
                        .waiting().refused().summer(), DayStatus.PUBLIC_HOLIDAY),
                row("a closure beats a place offered, a refusal and school holidays", facts().closed().offered()
                        .refused().shortHoliday(), DayStatus.CLOSED),
                // 5. An active booking
                row("a booking awaiting validation", facts().awaiting(ReservationOrigin.REQUESTED),
                        DayStatus.BOOKING_PENDING),
                row("a place offer accepted, awaiting validation", facts().awaiting(ReservationOrigin.PLACE_OFFER),
                        DayStatus.BOOKING_PENDING),
                row("a regular day", facts().regular().booked(ReservationOrigin.REGULAR), DayStatus.REGULAR),
                row("a day the family booked", facts().booked(ReservationOrigin.REQUESTED), DayStatus.BOOKED),
                row("a place offer accepted", facts().booked(ReservationOrigin.PLACE_OFFER), DayStatus.BOOKED),
                row("a day staff booked", facts().booked(ReservationOrigin.STAFF), DayStatus.BOOKED),
                row("a booking beats the waiting list and school holidays", facts().booked(ReservationOrigin.REQUESTED)
                        .waiting().summer(), DayStatus.BOOKED),
                row("a booking beats an earlier refusal", facts().refused().booked(ReservationOrigin.REQUESTED),
                        DayStatus.BOOKED),
                // 6. Waiting
                row("on the waiting list", facts().waiting(), DayStatus.WAITING),
                row("a weekday outside the season is not offered", facts().season(ActivitySeason.TERM_TIME)
                        .shortHoliday(), DayStatus.NOT_OFFERED),
                row("a weekday the activity never runs is not 'not offered'",
                        facts().season(ActivitySeason.SCHOOL_HOLIDAYS).notRunning(), DayStatus.NOT_RUNNING),
                row("a booking kept outside the season still shows", facts().season(ActivitySeason.SCHOOL_HOLIDAYS)
                        .booked(ReservationOrigin.REQUESTED), DayStatus.BOOKED),
                row("a presence recorded outside the season still shows", facts().season(ActivitySeason.SCHOOL_HOLIDAYS)
                        .booked(ReservationOrigin.REQUESTED).present(true), DayStatus.PRESENT_ON_BOOKING),
                row("in season, a holiday day of a holidays-only activity shows the holidays",
                        facts().season(ActivitySeason.SCHOOL_HOLIDAYS).shortHoliday(), DayStatus.SHORT_HOLIDAY),
                row("a place offered", facts().offered(), DayStatus.WAITING),
                row("waiting beats a refusal and school holidays", facts().refused().waiting().shortHoliday(),
                        DayStatus.WAITING),
                // 7. Refused
                row("the latest booking refused", facts().refused(), DayStatus.BOOKING_REFUSED),
                row("a refusal beats school holidays", facts().refused().summer(), DayStatus.BOOKING_REFUSED),
                // 8. School holidays
                row("short school holidays", facts().shortHoliday(), DayStatus.SHORT_HOLIDAY),
                row("summer holidays", facts().summer(), DayStatus.SUMMER_HOLIDAY),
                row("school holidays on a day the activity does not run", facts().notRunning().shortHoliday(),
                        DayStatus.SHORT_HOLIDAY),
                // Nothing to show
                row("nothing on a day the activity runs", facts(), DayStatus.EMPTY),
                row("nothing, not enrolled", facts().notEnrolled(), DayStatus.EMPTY),
                row("a day the activity does not run", facts().notRunning(), DayStatus.NOT_RUNNING));
    }

    @Test
    void the_table_shows_every_status() {
        Set<DayStatus> shown = statuses().map(row -> (DayStatus) row.get()[2]).collect(Collectors.toSet());
        assertThat(shown).containsExactlyInAnyOrder(DayStatus.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void what_the_family_may_do_now(String rule, Facts facts, LocalDateTime now, List<DayAction> actions,
                                    @Nullable LocalDateTime until, @Nullable DayUnavailability why) {
        GridDay decided = GridStatusPolicy.decide(facts.build(), now.atZone(PARIS));
        assertThat(decided.actions()).as("actions").isEqualTo(actions);
        assertThat(decided.changeableUntil()).as("until").isEqualTo(until);
        assertThat(decided.unavailable()).as("why").isEqualTo(why);
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                arguments("not enrolled", facts().notEnrolled(), BEFORE_DEADLINE, List.of(), null,
                        DayUnavailability.NOT_ENROLLED),
                arguments("not running", facts().notRunning(), BEFORE_DEADLINE, List.of(), null,
                        DayUnavailability.NOT_RUNNING),
                arguments("a public holiday", facts().publicHoliday(), BEFORE_DEADLINE, List.of(), null,
                        DayUnavailability.CLOSED),
                arguments("a closure, even booked", facts().closed().booked(ReservationOrigin.REQUESTED),
                        BEFORE_DEADLINE, List.of(), null, DayUnavailability.CLOSED),
                arguments("recorded at the register", facts().booked(ReservationOrigin.REQUESTED).present(true),
                        BEFORE_DEADLINE, List.of(), null, DayUnavailability.RECORDED),
                arguments("confirmed, before the cancellation deadline", facts().booked(ReservationOrigin.REQUESTED),
                        BEFORE_DEADLINE, List.of(DayAction.CANCEL, DayAction.DECLARE_ABSENCE), DEADLINE, null),
                arguments("confirmed, at the cancellation deadline", facts().booked(ReservationOrigin.REGULAR),
                        DEADLINE, List.of(DayAction.CANCEL, DayAction.DECLARE_ABSENCE), DEADLINE, null),
                arguments("awaiting validation: cancelled, never declared absent",
                        facts().awaiting(ReservationOrigin.REQUESTED), BEFORE_DEADLINE, List.of(DayAction.CANCEL),
                        DEADLINE, null),
                arguments("confirmed, after the cancellation deadline", facts().booked(ReservationOrigin.REQUESTED),
                        AFTER_DEADLINE, List.of(DayAction.DECLARE_ABSENCE), null, DayUnavailability.DEADLINE_PASSED),
                arguments("confirmed, seven days after the day", facts().booked(ReservationOrigin.REQUESTED),
                        DAY.plusDays(7).atTime(23, 0), List.of(DayAction.DECLARE_ABSENCE), null,
                        DayUnavailability.DEADLINE_PASSED),
                arguments("confirmed, eight days after the day", facts().booked(ReservationOrigin.REQUESTED),
                        DAY.plusDays(8).atStartOfDay(), List.of(), null, DayUnavailability.DEADLINE_PASSED),
                arguments("awaiting validation, after the deadline", facts().awaiting(ReservationOrigin.REQUESTED),
                        AFTER_DEADLINE, List.of(), null, DayUnavailability.DEADLINE_PASSED),
                arguments("no cancelling: only an absence", facts().deadlines(NO_CANCELLING)
                                .booked(ReservationOrigin.REQUESTED), BEFORE_DEADLINE,
                        List.of(DayAction.DECLARE_ABSENCE), null, DayUnavailability.CANCELLATION_NOT_ALLOWED),
                arguments("booked, an absence already declared", facts().booked(ReservationOrigin.REQUESTED)
                                .absence(AbsenceStatus.PENDING, AbsenceReason.PERSONAL, BEFORE_DEADLINE),
                        BEFORE_DEADLINE, List.of(), null, DayUnavailability.DEADLINE_PASSED),
                arguments("an absence without booking", facts()
                                .absence(AbsenceStatus.EXCUSED, AbsenceReason.PERSONAL, BEFORE_DEADLINE),
                        BEFORE_DEADLINE, List.of(), null, null),
                arguments("free, before the booking deadline", facts(), BEFORE_DEADLINE, List.of(DayAction.BOOK),
                        DEADLINE, null),
                arguments("free, after the booking deadline", facts(), AFTER_DEADLINE, List.of(), null,
                        DayUnavailability.DEADLINE_PASSED),
                arguments("a booking period not open yet", facts().period(BEFORE_DEADLINE.plusHours(1), null),
                        BEFORE_DEADLINE, List.of(), null, DayUnavailability.NOT_OPEN_YET),
                arguments("a booking period closed", facts().period(BEFORE_DEADLINE.minusDays(5),
                        BEFORE_DEADLINE.minusHours(1)), BEFORE_DEADLINE, List.of(), null,
                        DayUnavailability.BOOKING_CLOSED),
                arguments("a booking period open", facts().period(BEFORE_DEADLINE.minusDays(5), DEADLINE),
                        BEFORE_DEADLINE, List.of(DayAction.BOOK), DEADLINE, null),
                arguments("a place offered", facts().offered().full(), BEFORE_DEADLINE,
                        List.of(DayAction.ACCEPT_OFFER), DEADLINE, null),
                arguments("a place offered, after the booking deadline", facts().offered(), AFTER_DEADLINE,
                        List.of(), null, DayUnavailability.DEADLINE_PASSED),
                arguments("on the waiting list: may leave it", facts().waiting().full(), BEFORE_DEADLINE,
                        List.of(DayAction.LEAVE_WAITING_LIST), DEADLINE, DayUnavailability.FULL),
                arguments("on the waiting list after the deadline: may still leave it", facts().waiting().full(),
                        AFTER_DEADLINE, List.of(DayAction.LEAVE_WAITING_LIST), null,
                        DayUnavailability.DEADLINE_PASSED),
                arguments("term time only, in the holidays: not offered", facts().season(ActivitySeason.TERM_TIME)
                        .shortHoliday(), BEFORE_DEADLINE, List.of(), null, DayUnavailability.OUTSIDE_TERM_TIME),
                arguments("holidays only, in term time: not offered", facts().season(ActivitySeason.SCHOOL_HOLIDAYS),
                        BEFORE_DEADLINE, List.of(), null, DayUnavailability.OUTSIDE_HOLIDAYS),
                arguments("holidays only, in the holidays: bookable", facts().season(ActivitySeason.SCHOOL_HOLIDAYS)
                        .summer(), BEFORE_DEADLINE, List.of(DayAction.BOOK), DEADLINE, null),
                arguments("dated sessions, outside them: not offered", facts().season(ActivitySeason.sessions(
                        List.of(new DateRange(DAY.plusDays(10), DAY.plusDays(20))))), BEFORE_DEADLINE, List.of(),
                        null, DayUnavailability.OUTSIDE_SESSIONS),
                arguments("full", facts().full(), BEFORE_DEADLINE, List.of(DayAction.JOIN_WAITING_LIST), DEADLINE,
                        DayUnavailability.FULL),
                arguments("refused: may book again", facts().refused(), BEFORE_DEADLINE, List.of(DayAction.BOOK),
                        DEADLINE, null));
    }

    private static Arguments row(String rule, Facts facts, DayStatus expected) {
        return arguments(rule, facts, expected);
    }

    private static Facts facts() {
        return new Facts();
    }

    /** The facts of {@link #DAY}, built rule by rule; an enrolled child on a day the activity runs by default. */
    static final class Facts {
        private boolean publicHoliday;
        private boolean closed;
        private boolean runs = true;
        private boolean enrolled = true;
        private boolean regular;
        private DeadlinePolicy deadlines = EVE_AT_SIX;
        private @Nullable Reservation active;
        private @Nullable Reservation latest;
        private @Nullable Absence absence;
        private @Nullable Attendance attendance;
        private @Nullable PlaceOffer offer;
        private boolean waiting;
        private boolean full;
        private SchoolHoliday.@Nullable Kind holiday;
        private @Nullable BookingPeriod period;
        private ActivitySeason season = ActivitySeason.ALL_YEAR;

        Facts season(ActivitySeason chosen) { season = chosen; return this; }

        Facts publicHoliday() { publicHoliday = true; return this; }
        Facts closed() { closed = true; return this; }
        Facts notRunning() { runs = false; return this; }
        Facts notEnrolled() { enrolled = false; return this; }
        Facts regular() { regular = true; return this; }
        Facts deadlines(DeadlinePolicy policy) { deadlines = policy; return this; }
        Facts waiting() { waiting = true; return this; }
        Facts full() { full = true; return this; }
        Facts summer() { holiday = SchoolHoliday.Kind.SUMMER; return this; }
        Facts shortHoliday() { holiday = SchoolHoliday.Kind.SHORT; return this; }

        Facts booked(ReservationOrigin origin) {
            return reservation(ReservationStatus.CONFIRMED, origin);
        }

        Facts awaiting(ReservationOrigin origin) {
            return reservation(ReservationStatus.AWAITING_VALIDATION, origin);
        }

        Facts refused() {
            latest = new Reservation(UUID.randomUUID(), CHILD, FAMILY, ACTIVITY, DAY, ReservationStatus.REFUSED,
                    ReservationOrigin.REQUESTED, Instant.EPOCH);
            return this;
        }

        private Facts reservation(ReservationStatus status, ReservationOrigin origin) {
            active = new Reservation(UUID.randomUUID(), CHILD, FAMILY, ACTIVITY, DAY, status, origin,
                    Instant.EPOCH.plusSeconds(1));
            latest = active;
            return this;
        }

        Facts absence(AbsenceStatus status, AbsenceReason reason, LocalDateTime declaredAt) {
            Instant declared = declaredAt.atZone(PARIS).toInstant();
            absence = new Absence(UUID.randomUUID(), CHILD, FAMILY, ACTIVITY, DAY, reason, "",
                    reason.isMedical() ? UUID.randomUUID() : null, status, declared,
                    status == AbsenceStatus.PENDING ? null : declared.plusSeconds(60));
            return this;
        }

        Facts present(boolean booked) {
            attendance = Attendance.mark(CHILD, FAMILY, ACTIVITY, DAY, AttendanceMark.PRESENT, booked, false,
                    "agent", Instant.EPOCH);
            return this;
        }

        Facts absent(AttendanceOutcome outcome) {
            attendance = new Attendance(CHILD, FAMILY, ACTIVITY, DAY, AttendanceMark.ABSENT, true, outcome, "agent",
                    Instant.EPOCH);
            return this;
        }

        Facts offered() {
            Instant at = BEFORE_DEADLINE.atZone(PARIS).toInstant();
            offer = new PlaceOffer(ACTIVITY, DAY, CHILD, at, at.plusSeconds(86_400));
            return this;
        }

        Facts period(LocalDateTime opensAt, @Nullable LocalDateTime closesAt) {
            period = BookingPeriod.of(ACTIVITY, new DateRange(DAY.minusDays(2), DAY.plusDays(30)), opensAt, closesAt);
            return this;
        }

        DayFacts build() {
            Activity activity = new Activity(ACTIVITY, FacilityId.newId(), UUID.randomUUID(), "Mercredi loisirs",
                    runs ? EnumSet.of(DayOfWeek.WEDNESDAY) : EnumSet.of(DayOfWeek.MONDAY), Capacity.of(12),
                    BookingMode.CONFIRMED_AT_ONCE, deadlines, season);
            Enrolment enrolment = enrolled ? new Enrolment(UUID.randomUUID(), CHILD, FAMILY, ACTIVITY,
                    new DateRange(DAY.minusMonths(6), DAY.plusMonths(4)),
                    regular ? Set.of(DayOfWeek.WEDNESDAY) : Set.of()) : null;
            return new DayFacts(DAY, activity, new FixedCalendar(publicHoliday, closed), enrolment, active, latest,
                    absence, attendance, offer, waiting, full, holiday, period);
        }

        @Override
        public String toString() {
            return "facts";
        }
    }

    /** A calendar in which {@link #DAY} is, or is not, a public holiday and a closure; no other day is either. */
    record FixedCalendar(boolean publicHoliday, boolean closed) implements CalendarContext {
        @Override
        public boolean isPublicHoliday(LocalDate day) {
            return publicHoliday && day.equals(DAY);
        }

        @Override
        public boolean isClosed(LocalDate day) {
            return closed && day.equals(DAY);
        }
    }
}
