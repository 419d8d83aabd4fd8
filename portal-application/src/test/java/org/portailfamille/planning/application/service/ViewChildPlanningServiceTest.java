package org.portailfamille.planning.application.service;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookSeveralDaysCommand;
import org.portailfamille.planning.application.port.in.BookSeveralDaysUseCase;
import org.portailfamille.planning.application.port.in.CellAction;
import org.portailfamille.planning.application.port.in.CellStatus;
import org.portailfamille.planning.application.port.in.CellUnavailability;
import org.portailfamille.planning.application.port.in.ChildPlanning;
import org.portailfamille.planning.application.port.in.PlanningCell;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceReason;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.AttendanceMark;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.CancellationRule;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.ClosureReason;
import org.portailfamille.planning.domain.DayAction;
import org.portailfamille.planning.domain.DayStatus;
import org.portailfamille.planning.domain.DayUnavailability;
import org.portailfamille.planning.domain.DeadlinePolicy;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.PlaceOffer;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationOrigin;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The planning grid's cells: every legend status, the actions possible now and their deadlines. */
class ViewChildPlanningServiceTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 1 March 2027, 10:00 in Paris. */
    static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 10, 0);
    static final YearMonth MARCH = YearMonth.of(2027, 3);
    static final FamilyId FAMILY = FamilyId.newId();
    static final ChildId CHILD = ChildId.newId();

    final InMemoryPlanning store = new InMemoryPlanning();
    final MutableClock clock = new MutableClock(
            NOW.atZone(PARIS).toInstant(), PARIS);
    final ListChildrenUseCase children = family -> family.equals(FAMILY)
            ? List.of(new ChildSummary(CHILD, "LÉA", "DUPONT", LocalDate.of(2017, 3, 12), "École Jules Ferry", "CM1"))
            : List.of();
    final GetFamilySummaryUseCase families = new GetFamilySummaryUseCase() {
        @Override
        public Optional<FamilySummary> familySummary(FamilyId familyId) {
            return Optional.of(new FamilySummary(familyId, "0042", "MONSIEUR", "Dupont", "Jean"));
        }

        @Override
        public Optional<FamilySummary> familySummaryByNumber(String familyNumber) {
            return Optional.empty();
        }
    };
    final ViewChildPlanningService service = new ViewChildPlanningService(children, families,
            org.portailfamille.planning.application.port.out.ActivitySetUps.direct(store.activities,
                    store.facilities, store.closures, store.bookingPeriods),
            store.enrolments, store.reservations, store.absences,
            store.attendances, store.activityDays, store.waitingLists, store.offers, this::holidayOn, clock);

    Activity regularActivity;
    Activity occasional;

    /** Short holidays on 24 and 25 March, a summer-holiday day on 31 March (for the test). */
    java.util.Map<LocalDate, SchoolHoliday.Kind> holidayOn(LocalDate from, LocalDate to) {
        java.util.Map<LocalDate, SchoolHoliday.Kind> days = new java.util.HashMap<>();
        days.put(march(24), SchoolHoliday.Kind.SHORT);
        days.put(march(25), SchoolHoliday.Kind.SHORT);
        days.put(march(31), SchoolHoliday.Kind.SUMMER);
        days.keySet().removeIf(day -> day.isBefore(from) || day.isAfter(to));
        return days;
    }

    static LocalDate march(int day) {
        return LocalDate.of(2027, 3, day);
    }

    Activity activity(String name, BookingMode mode) {
        Facility facility = new Facility(FacilityId.newId(), "Accueil de Loisirs " + UUID.randomUUID());
        store.facilities.add(facility);
        Activity activity = new Activity(ActivityId.newId(), facility.id(), UUID.randomUUID(), name,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new Capacity(2, 1), mode,
                DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.of(18, 0))));
        store.activities.add(activity);
        return activity;
    }

    @BeforeEach
    void setUp() {
        regularActivity = activity("ALSH Mercredi", BookingMode.CONFIRMED_AT_ONCE);
        occasional = activity("Garderie matin", BookingMode.CONFIRMED_AT_ONCE);
        store.enrolments.add(new Enrolment(UUID.randomUUID(), CHILD, FAMILY, regularActivity.id(),
                new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 6)), Set.of(DayOfWeek.WEDNESDAY)));
        store.enrolments.add(new Enrolment(UUID.randomUUID(), CHILD, FAMILY, occasional.id(),
                new DateRange(LocalDate.of(2026, 9, 1), march(10)), Set.of()));
    }

    ChildPlanning grid() {
        return service.childPlanning(FAMILY, CHILD, MARCH).orElseThrow();
    }

    PlanningCell cell(Activity activity, int day) {
        return grid().cell(activity.id().value(), march(day)).orElseThrow();
    }

    Reservation reservation(Activity activity, int day, ReservationStatus status, ReservationOrigin origin) {
        Reservation reservation = new Reservation(UUID.randomUUID(), CHILD, FAMILY, activity.id(), march(day), status,
                origin, clock.instant());
        store.reservationRows.put(reservation.id(), reservation);
        return reservation;
    }

    void attendance(Activity activity, int day, AttendanceMark mark, boolean booked) {
        store.attendances.record(Attendance.mark(CHILD, FAMILY, activity.id(), march(day), mark, booked, false,
                "agent", clock.instant()));
    }

    void absence(int day, AbsenceReason reason, AbsenceStatus status, Instant declaredAt) {
        Absence absence = new Absence(UUID.randomUUID(), CHILD, FAMILY, regularActivity.id(), march(day), reason, "",
                reason.isMedical() ? UUID.randomUUID() : null, status, declaredAt,
                status == AbsenceStatus.PENDING ? null : declaredAt.plusSeconds(60));
        store.absences.addIfAbsent(absence);
    }

    @Test
    void another_familys_child_has_no_planning() {
        assertThat(service.childPlanning(FamilyId.newId(), CHILD, MARCH)).isEmpty();
        assertThat(service.childPlanning(FAMILY, ChildId.newId(), MARCH)).isEmpty();
    }

    @Test
    void rows_are_the_enrolled_activities_with_the_guardian_and_every_day_of_the_month() {
        ChildPlanning grid = grid();
        assertThat(grid.childFirstName()).isEqualTo("LÉA");
        assertThat(grid.days()).hasSize(31).startsWith(march(1)).endsWith(march(31));
        assertThat(grid.rows()).extracting(row -> row.activityName())
                .containsExactlyInAnyOrder("ALSH Mercredi", "Garderie matin");
        assertThat(grid.rows()).allSatisfy(row -> {
            assertThat(row.guardianName()).isEqualTo("DUPONT JEAN");
            assertThat(row.cells()).hasSize(31);
        });
        assertThat(grid.enrolments()).hasSize(2);
        assertThat(service.childPlanning(FAMILY, CHILD, YearMonth.of(2027, 8)).orElseThrow().rows())
                .as("no enrolment in August").isEmpty();
    }

    @Test
    void an_empty_open_day_is_bookable_until_the_day_before_18h() {
        PlanningCell cell = cell(regularActivity, 23);
        assertThat(cell.status()).isEqualTo(CellStatus.EMPTY);
        assertThat(cell.actions()).containsExactly(CellAction.BOOK);
        assertThat(cell.changeableUntil()).isEqualTo(LocalDateTime.of(2027, 3, 22, 18, 0));
        assertThat(cell.unavailable()).isNull();
    }

    @Test
    void a_day_in_a_booking_period_not_open_yet_or_closed_says_so() {
        store.bookingPeriods.add(org.portailfamille.planning.domain.BookingPeriod.of(regularActivity.id(),
                new DateRange(march(22), march(23)), LocalDateTime.of(2027, 3, 15, 8, 30), null));
        store.bookingPeriods.add(org.portailfamille.planning.domain.BookingPeriod.of(regularActivity.id(),
                new DateRange(march(29), march(30)), LocalDateTime.of(2027, 2, 1, 8, 30),
                LocalDateTime.of(2027, 2, 20, 12, 0)));
        ChildPlanning grid = grid();

        PlanningCell notOpen = grid.cell(regularActivity.id().value(), march(23)).orElseThrow();
        assertThat(notOpen.actions()).isEmpty();
        assertThat(notOpen.unavailable()).isEqualTo(CellUnavailability.NOT_OPEN_YET);
        PlanningCell closed = grid.cell(regularActivity.id().value(), march(30)).orElseThrow();
        assertThat(closed.actions()).isEmpty();
        assertThat(closed.unavailable()).isEqualTo(CellUnavailability.BOOKING_CLOSED);
        PlanningCell outside = grid.cell(regularActivity.id().value(), march(19)).orElseThrow();
        assertThat(outside.actions()).containsExactly(CellAction.BOOK);
    }

    @Test
    void a_day_whose_deadline_passed_says_so() {
        PlanningCell today = cell(occasional, 1);
        assertThat(today.status()).isEqualTo(CellStatus.EMPTY);
        assertThat(today.actions()).isEmpty();
        assertThat(today.unavailable()).isEqualTo(CellUnavailability.DEADLINE_PASSED);
    }

    @Test
    void a_day_outside_the_enrolment_is_not_enrolled_and_a_weekend_does_not_run() {
        assertThat(cell(occasional, 15).unavailable()).isEqualTo(CellUnavailability.NOT_ENROLLED);
        assertThat(cell(occasional, 15).actions()).isEmpty();
        PlanningCell saturday = cell(regularActivity, 6);
        assertThat(saturday.status()).isEqualTo(CellStatus.NOT_RUNNING);
        assertThat(saturday.unavailable()).isEqualTo(CellUnavailability.NOT_RUNNING);
    }

    @Test
    void booked_regular_and_pending_bookings() {
        reservation(regularActivity, 3, ReservationStatus.CONFIRMED, ReservationOrigin.REGULAR);
        reservation(regularActivity, 4, ReservationStatus.CONFIRMED, ReservationOrigin.REQUESTED);
        reservation(regularActivity, 12, ReservationStatus.AWAITING_VALIDATION, ReservationOrigin.REQUESTED);

        PlanningCell regular = cell(regularActivity, 3);
        assertThat(regular.status()).isEqualTo(CellStatus.REGULAR);
        assertThat(regular.actions()).containsExactly(CellAction.CANCEL, CellAction.DECLARE_ABSENCE);
        assertThat(regular.changeableUntil()).isEqualTo(LocalDateTime.of(2027, 3, 2, 18, 0));
        assertThat(cell(regularActivity, 4).status()).isEqualTo(CellStatus.BOOKED);
        PlanningCell pending = cell(regularActivity, 12);
        assertThat(pending.status()).isEqualTo(CellStatus.BOOKING_PENDING);
        assertThat(pending.actions()).as("a pending booking is cancelled, not declared absent")
                .containsExactly(CellAction.CANCEL);
    }

    @Test
    void a_booking_past_its_cancellation_deadline_may_only_be_declared_absent() {
        reservation(regularActivity, 1, ReservationStatus.CONFIRMED, ReservationOrigin.REQUESTED);
        PlanningCell cell = cell(regularActivity, 1);
        assertThat(cell.status()).isEqualTo(CellStatus.BOOKED);
        assertThat(cell.actions()).containsExactly(CellAction.DECLARE_ABSENCE);
        assertThat(cell.unavailable()).isEqualTo(CellUnavailability.DEADLINE_PASSED);
    }

    @Test
    void a_refused_booking_shows_refused_and_may_be_asked_again() {
        reservation(regularActivity, 15, ReservationStatus.REFUSED, ReservationOrigin.REQUESTED);
        PlanningCell cell = cell(regularActivity, 15);
        assertThat(cell.status()).isEqualTo(CellStatus.BOOKING_REFUSED);
        assertThat(cell.actions()).containsExactly(CellAction.BOOK);
    }

    @Test
    void a_cancelled_booking_leaves_the_day_empty() {
        reservation(regularActivity, 15, ReservationStatus.CANCELLED, ReservationOrigin.REQUESTED);
        assertThat(cell(regularActivity, 15).status()).isEqualTo(CellStatus.EMPTY);
    }

    @Test
    void presences_on_a_booking_without_one_and_out_of_contract() {
        reservation(regularActivity, 1, ReservationStatus.CONFIRMED, ReservationOrigin.REQUESTED);
        attendance(regularActivity, 1, AttendanceMark.PRESENT, true);
        attendance(regularActivity, 2, AttendanceMark.PRESENT, false);
        attendance(occasional, 2, AttendanceMark.PRESENT, false);

        PlanningCell onBooking = cell(regularActivity, 1);
        assertThat(onBooking.status()).isEqualTo(CellStatus.PRESENT_ON_BOOKING);
        assertThat(onBooking.actions()).isEmpty();
        assertThat(onBooking.unavailable()).isEqualTo(CellUnavailability.RECORDED);
        assertThat(cell(regularActivity, 2).status()).as("regular schedule, came on another day")
                .isEqualTo(CellStatus.OUT_OF_CONTRACT);
        assertThat(cell(occasional, 2).status()).as("no regular schedule").isEqualTo(CellStatus.PRESENT);
    }

    @Test
    void absences_pending_excused_leave_and_billed() {
        Instant early = clock.instant();
        absence(5, AbsenceReason.PERSONAL, AbsenceStatus.PENDING, early);
        absence(8, AbsenceReason.PERSONAL, AbsenceStatus.EXCUSED, early);
        absence(9, AbsenceReason.ILLNESS, AbsenceStatus.EXCUSED, early);
        absence(10, AbsenceReason.FAMILY_EVENT, AbsenceStatus.EXCUSED,
                LocalDateTime.of(2027, 3, 9, 20, 0).atZone(PARIS).toInstant());
        absence(11, AbsenceReason.PERSONAL, AbsenceStatus.BILLED, early);

        assertThat(cell(regularActivity, 5).status()).isEqualTo(CellStatus.ABSENCE_PENDING);
        assertThat(cell(regularActivity, 8).status()).as("non-medical, declared in time").isEqualTo(CellStatus.LEAVE);
        assertThat(cell(regularActivity, 9).status()).as("medical").isEqualTo(CellStatus.ABSENT_EXCUSED);
        assertThat(cell(regularActivity, 10).status()).as("non-medical, declared after the deadline")
                .isEqualTo(CellStatus.ABSENT_EXCUSED);
        assertThat(cell(regularActivity, 11).status()).isEqualTo(CellStatus.ABSENT_BILLED);
    }

    @Test
    void an_absence_marked_at_the_register_without_a_declaration_is_billed() {
        reservation(regularActivity, 1, ReservationStatus.CONFIRMED, ReservationOrigin.REGULAR);
        attendance(regularActivity, 1, AttendanceMark.ABSENT, true);
        assertThat(cell(regularActivity, 1).status()).isEqualTo(CellStatus.ABSENT_BILLED);
    }

    @Test
    void waiting_list_place_offered_and_full_days() {
        store.waitingLists.join(regularActivity.id(), march(16), CHILD, FAMILY, clock.instant());
        PlaceOffer offer = new PlaceOffer(regularActivity.id(), march(17), CHILD, clock.instant(),
                clock.instant().plus(Duration.ofHours(24)));
        UUID offerId = UUID.randomUUID();
        store.offers.add(new PlaceOffers.Pending(offerId, FAMILY, offer));
        store.activityDays.takePlace(regularActivity.id(), march(18), 2);
        store.activityDays.takePlace(regularActivity.id(), march(18), 2);

        PlanningCell waiting = cell(regularActivity, 16);
        assertThat(waiting.status()).isEqualTo(CellStatus.WAITING);
        assertThat(waiting.actions()).containsExactly(CellAction.LEAVE_WAITING_LIST);
        assertThat(waiting.unavailable()).isEqualTo(CellUnavailability.FULL);
        PlanningCell offered = cell(regularActivity, 17);
        assertThat(offered.status()).isEqualTo(CellStatus.WAITING);
        assertThat(offered.actions()).containsExactly(CellAction.ACCEPT_OFFER);
        assertThat(offered.offerId()).isEqualTo(offerId);
        PlanningCell full = cell(regularActivity, 18);
        assertThat(full.status()).isEqualTo(CellStatus.EMPTY);
        assertThat(full.actions()).containsExactly(CellAction.JOIN_WAITING_LIST);
        assertThat(full.unavailable()).isEqualTo(CellUnavailability.FULL);
    }

    @Test
    void closures_public_holidays_and_errors() {
        store.closures.add(Closure.ofActivity(regularActivity.id(), new DateRange(march(19), march(22)),
                ClosureReason.values()[0], "Travaux"), regularActivity);
        attendance(regularActivity, 22, AttendanceMark.PRESENT, false);
        reservation(regularActivity, 29, ReservationStatus.CONFIRMED, ReservationOrigin.REGULAR);

        PlanningCell closed = cell(regularActivity, 19);
        assertThat(closed.status()).isEqualTo(CellStatus.CLOSED);
        assertThat(closed.actions()).isEmpty();
        assertThat(closed.unavailable()).isEqualTo(CellUnavailability.CLOSED);
        assertThat(cell(regularActivity, 22).status()).as("present on a closed day").isEqualTo(CellStatus.ERROR);
        assertThat(cell(regularActivity, 29).status()).as("booked on Easter Monday").isEqualTo(CellStatus.ERROR);
        PlanningCell easterMonday = cell(occasional, 29);
        assertThat(easterMonday.status()).isEqualTo(CellStatus.PUBLIC_HOLIDAY);
    }

    @Test
    void school_holidays_show_when_nothing_else_does() {
        assertThat(cell(regularActivity, 24).status()).isEqualTo(CellStatus.SHORT_HOLIDAY);
        assertThat(cell(regularActivity, 24).actions()).as("still bookable").containsExactly(CellAction.BOOK);
        assertThat(cell(regularActivity, 31).status()).isEqualTo(CellStatus.SUMMER_HOLIDAY);
        reservation(regularActivity, 25, ReservationStatus.CONFIRMED, ReservationOrigin.REQUESTED);
        assertThat(cell(regularActivity, 25).status()).isEqualTo(CellStatus.BOOKED);
    }

    @Test
    void every_status_of_the_legend_is_reachable() {
        // the guide's seventeen, and "Non proposé" of the activity seasons (ADR 0030)
        assertThat(CellStatus.legend()).hasSize(18).contains(CellStatus.NOT_OFFERED)
                .doesNotContain(CellStatus.EMPTY, CellStatus.NOT_RUNNING);
    }

    @Test
    void several_days_are_booked_one_by_one_with_a_reason_for_each_refusal() {
        BookDayService bookDay = new BookDayService(store.days, store.reservations, store.activityDays,
                store.waitingLists, store.bookingPeriods, store.requestRecords, clock);
        BookSeveralDaysService several = new BookSeveralDaysService(store.activities, bookDay);
        store.activityDays.takePlace(regularActivity.id(), march(4), 2);
        store.activityDays.takePlace(regularActivity.id(), march(4), 2);

        List<BookSeveralDaysUseCase.DayBooking> week = several.bookSeveralDays(new BookSeveralDaysCommand(FAMILY,
                CHILD, regularActivity.id().value(), march(1), march(7), EnumSet.allOf(DayOfWeek.class)));

        assertThat(week).extracting(BookSeveralDaysUseCase.DayBooking::day)
                .as("weekend left out").containsExactly(march(1), march(2), march(3), march(4), march(5));
        assertThat(week).extracting(booking -> booking.result().outcome()).containsExactly(
                BookDayResult.Outcome.DEADLINE_PASSED, BookDayResult.Outcome.BOOKED, BookDayResult.Outcome.BOOKED,
                BookDayResult.Outcome.FULL, BookDayResult.Outcome.BOOKED);
        List<BookSeveralDaysUseCase.DayBooking> again = several.bookSeveralDays(new BookSeveralDaysCommand(FAMILY,
                CHILD, regularActivity.id().value(), march(2), march(12), Set.of(DayOfWeek.TUESDAY)));
        assertThat(again).extracting(booking -> booking.result().outcome()).as("posted twice: one effect")
                .containsExactly(BookDayResult.Outcome.ALREADY_BOOKED, BookDayResult.Outcome.BOOKED);
        assertThat(store.reservationRows.values()).filteredOn(r -> r.day().equals(march(2))).hasSize(1);
    }

    /** The API speaks its own words (ADR 0008): each of the policy's answers has one, of the same name. */
    @Test
    void every_answer_of_the_domain_policy_has_its_word_in_the_api() {
        assertThat(Arrays.stream(DayStatus.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(CellStatus.values()).map(Enum::name).toList());
        assertThat(Arrays.stream(DayAction.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(CellAction.values()).map(Enum::name).toList());
        assertThat(Arrays.stream(DayUnavailability.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(CellUnavailability.values()).map(Enum::name).toList());
    }
}
