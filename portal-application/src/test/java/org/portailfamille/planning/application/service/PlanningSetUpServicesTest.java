package org.portailfamille.planning.application.service;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityDaysClosed;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.AddBookingPeriodCommand;
import org.portailfamille.planning.application.port.in.AddSchoolHolidayCommand;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult.Outcome;
import org.portailfamille.planning.application.port.in.CloseDaysCommand;
import org.portailfamille.planning.application.port.in.CloseDaysResult;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EndEnrolmentUseCase;
import org.portailfamille.planning.application.port.in.ManageSchoolCalendarUseCase.HolidayOutcome;
import org.portailfamille.planning.application.port.in.RenameFacilityUseCase;
import org.portailfamille.planning.application.port.in.SchoolCalendarView;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The back-office use cases of the planning set-up: booking periods, closures, enrolments, calendar. */
class PlanningSetUpServicesTest {

    static final LocalDateTime OPENING = LocalDateTime.of(2027, 6, 2, 8, 30);
    /** A Wednesday of the summer, in the booking period. */
    static final LocalDate SUMMER_DAY = LocalDate.of(2027, 7, 7);

    final InMemoryPlanning store = new InMemoryPlanning();
    final MutableClock clock = new MutableClock(
            LocalDateTime.of(2027, 3, 1, 10, 0).atZone(PlanningServicesTest.PARIS).toInstant(),
            PlanningServicesTest.PARIS);

    final SetUpFacilityService setUpFacility = new SetUpFacilityService(store.facilities);
    final SetUpActivityService setUpActivity = new SetUpActivityService(store.facilities, store.activities);
    final EnrolChildService enrol = new EnrolChildService(store.days, store.activities, store.enrolments,
            store.reservations, store.activityDays, (from, to) -> java.util.Map.of(), clock);
    final BookDayService book = new BookDayService(store.days, store.reservations, store.activityDays,
            store.waitingLists, store.bookingPeriods, store.requestRecords, clock);
    final ManageBookingPeriodsService periods = new ManageBookingPeriodsService(store.activities,
            store.bookingPeriods);
    final ManageClosuresService closures = new ManageClosuresService(store.facilities, store.activities,
            store.closures, store.reservations, store.activityDays, store.events, clock, store.offers, store.waitingLists);
    final EndEnrolmentService endEnrolment = new EndEnrolmentService(store.activities, store.enrolments,
            store.reservations, store.activityDays, store.freedPlaces, clock);
    final RenameFacilityService rename = new RenameFacilityService(store.facilities);
    final ChangeActivityService changeActivity = new ChangeActivityService(store.activities, store.facilities,
            store.reservations, store.activityDays, (from, to) -> java.util.Map.of(), store.events, clock);
    final ManageSchoolCalendarService calendar = new ManageSchoolCalendarService(store.schoolCalendars);
    final ViewPlanningSetUpService view = new ViewPlanningSetUpService(store.facilities, store.activities,
            store.bookingPeriods, store.closures, store.enrolments, store.schoolCalendars);

    UUID facility;
    UUID activity;

    record Kid(FamilyId family, ChildId child) {
    }

    @BeforeEach
    void setUp() {
        facility = setUpFacility.setUpFacility(new SetUpFacilityCommand("ALSH Les Pins"));
        activity = newActivity("ALSH Vacances journée", 2);
    }

    UUID newActivity(String name, int places) {
        return setUpActivity.setUpActivity(new SetUpActivityCommand(facility, UUID.randomUUID(), name,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), places, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
    }

    Kid enrolled(UUID activityId) {
        Kid kid = new Kid(FamilyId.newId(), ChildId.newId());
        enrol.enrolChild(new EnrolChildCommand(kid.family(), kid.child(), activityId, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31), Set.of()));
        return kid;
    }

    Outcome book(Kid kid, UUID activityId, LocalDate day) {
        return book.bookDay(new BookDayCommand(kid.family(), kid.child(), activityId, day)).outcome();
    }

    int taken(UUID activityId, LocalDate day) {
        return store.activityDays.taken(new ActivityId(activityId), day).orElse(0);
    }

    void now(LocalDateTime moment) {
        clock.set(moment.atZone(PlanningServicesTest.PARIS).toInstant());
    }

    @Test
    void a_day_of_a_booking_period_opens_for_booking_at_the_opening_minute_and_not_a_second_before() {
        periods.addBookingPeriod(new AddBookingPeriodCommand(activity, LocalDate.of(2027, 7, 5),
                LocalDate.of(2027, 8, 27), OPENING, null));
        Kid kid = enrolled(activity);

        now(OPENING.minusSeconds(1));
        assertThat(book(kid, activity, SUMMER_DAY)).isEqualTo(Outcome.NOT_OPEN_YET);
        assertThat(taken(activity, SUMMER_DAY)).isZero();
        assertThat(view.bookingOpening(activity, SUMMER_DAY)).hasValueSatisfying(
                period -> assertThat(period.opensAt()).isEqualTo(OPENING));

        now(OPENING);
        assertThat(book(kid, activity, SUMMER_DAY)).isEqualTo(Outcome.BOOKED);
        assertThat(taken(activity, SUMMER_DAY)).isEqualTo(1);
    }

    @Test
    void days_outside_every_period_follow_the_deadline_only() {
        periods.addBookingPeriod(new AddBookingPeriodCommand(activity, LocalDate.of(2027, 7, 5),
                LocalDate.of(2027, 8, 27), OPENING, null));
        Kid kid = enrolled(activity);
        now(OPENING.minusDays(10));
        assertThat(book(kid, activity, LocalDate.of(2027, 6, 16))).isEqualTo(Outcome.BOOKED);
        assertThat(view.bookingOpening(activity, LocalDate.of(2027, 6, 16))).isEmpty();
    }

    @Test
    void a_period_that_closes_refuses_bookings_after_its_closing_moment_and_the_deadline_still_applies() {
        LocalDateTime closing = LocalDateTime.of(2027, 6, 20, 23, 59);
        periods.addBookingPeriod(new AddBookingPeriodCommand(activity, LocalDate.of(2027, 7, 5),
                LocalDate.of(2027, 8, 27), OPENING, closing));
        Kid kid = enrolled(activity);
        now(closing);
        assertThat(book(kid, activity, SUMMER_DAY)).isEqualTo(Outcome.BOOKED);
        now(closing.plusMinutes(1));
        assertThat(book(kid, activity, SUMMER_DAY.plusDays(1))).isEqualTo(Outcome.BOOKING_CLOSED);

        UUID other = newActivity("ALSH Été", 5);
        periods.addBookingPeriod(new AddBookingPeriodCommand(other, LocalDate.of(2027, 7, 5),
                LocalDate.of(2027, 8, 27), OPENING, null));
        Kid late = enrolled(other);
        now(SUMMER_DAY.minusDays(1).atTime(18, 1));
        assertThat(book(late, other, SUMMER_DAY)).isEqualTo(Outcome.DEADLINE_PASSED);
    }

    @Test
    void overlapping_periods_of_an_activity_are_refused() {
        periods.addBookingPeriod(new AddBookingPeriodCommand(activity, LocalDate.of(2027, 7, 5),
                LocalDate.of(2027, 8, 27), OPENING, null));
        assertThatThrownBy(() -> periods.addBookingPeriod(new AddBookingPeriodCommand(activity,
                LocalDate.of(2027, 8, 20), LocalDate.of(2027, 8, 31), OPENING, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(view.bookingPeriodsOf(activity)).hasSize(1);
    }

    @Test
    void closing_a_day_cancels_its_bookings_frees_the_places_and_publishes_one_event_with_the_families() {
        Kid first = enrolled(activity);
        Kid second = enrolled(activity);
        LocalDate day = LocalDate.of(2027, 3, 10);
        LocalDate nextDay = day.plusDays(1);
        assertThat(book(first, activity, day)).isEqualTo(Outcome.BOOKED);
        assertThat(book(second, activity, day)).isEqualTo(Outcome.BOOKED);
        assertThat(book(first, activity, nextDay)).isEqualTo(Outcome.BOOKED);
        assertThat(taken(activity, day)).isEqualTo(2);

        CloseDaysResult result = closures.closeDays(new CloseDaysCommand(facility, activity, day, day, "STRIKE",
                "Grève du personnel"));

        assertThat(result.cancelledBookings()).isEqualTo(2);
        assertThat(result.families()).isEqualTo(2);
        assertThat(taken(activity, day)).isZero();
        assertThat(taken(activity, nextDay)).isEqualTo(1);
        assertThat(store.activeReservations(new ActivityId(activity), day)).isEmpty();
        assertThat(store.reservationRows.values()).filteredOn(r -> r.day().equals(day))
                .allMatch(r -> r.status() == ReservationStatus.CANCELLED);
        assertThat(store.publishedEvents).hasSize(1);
        ActivityDaysClosed event = store.publishedEvents.get(0);
        assertThat(event.familyIds()).containsExactlyInAnyOrder(first.family(), second.family());
        assertThat(event.cancelled()).extracting(ActivityDaysClosed.CancelledBooking::day).containsOnly(day);
        assertThat(event.activityName()).isEqualTo("ALSH Vacances journée");
        assertThat(event.reason()).isEqualTo("STRIKE");
        assertThat(book(first, activity, day)).isEqualTo(Outcome.CLOSED);
        assertThat(view.closuresOf(facility)).singleElement()
                .satisfies(closure -> assertThat(closure.activityId()).isEqualTo(activity));
    }

    @Test
    void closing_the_whole_facility_cancels_the_bookings_of_all_its_activities_only() {
        UUID other = newActivity("Garderie matin", 5);
        Kid kid = enrolled(activity);
        Kid otherKid = enrolled(other);
        LocalDate day = LocalDate.of(2027, 3, 10);
        book(kid, activity, day);
        book(otherKid, other, day);
        book(kid, activity, day.plusDays(7));

        CloseDaysResult result = closures.closeDays(new CloseDaysCommand(facility, null, day, day.plusDays(2),
                "WORKS", ""));

        assertThat(result.cancelledBookings()).isEqualTo(2);
        assertThat(taken(activity, day)).isZero();
        assertThat(taken(other, day)).isZero();
        assertThat(taken(activity, day.plusDays(7))).isEqualTo(1);
        assertThat(store.publishedEvents.get(0).activityName()).isEmpty();
        long closureId = view.closuresOf(facility).get(0).id();
        assertThat(closures.removeClosure(facility, closureId)).isTrue();
        assertThat(closures.removeClosure(facility, closureId)).isFalse();
        assertThat(book(kid, activity, day)).isEqualTo(Outcome.BOOKED);
    }

    @Test
    void a_closure_of_an_activity_of_another_facility_is_refused_and_changes_nothing() {
        UUID otherFacility = setUpFacility.setUpFacility(new SetUpFacilityCommand("Garderie"));
        Kid kid = enrolled(activity);
        LocalDate day = LocalDate.of(2027, 3, 10);
        book(kid, activity, day);
        assertThatThrownBy(() -> closures.closeDays(new CloseDaysCommand(otherFacility, activity, day, day,
                "STRIKE", ""))).isInstanceOf(IllegalArgumentException.class);
        assertThat(taken(activity, day)).isEqualTo(1);
        assertThat(store.publishedEvents).isEmpty();
    }

    @Test
    void ending_an_enrolment_cancels_the_later_bookings_and_frees_their_places() {
        Kid kid = enrolled(activity);
        LocalDate kept = LocalDate.of(2027, 3, 10);
        LocalDate later = LocalDate.of(2027, 3, 17);
        book(kid, activity, kept);
        book(kid, activity, later);
        UUID enrolmentId = view.enrolmentsOf(kid.child()).get(0).id();

        assertThat(endEnrolment.endEnrolment(kid.child(), enrolmentId, LocalDate.of(2027, 3, 12)))
                .isEqualTo(EndEnrolmentUseCase.Outcome.ENDED);

        assertThat(taken(activity, kept)).isEqualTo(1);
        assertThat(taken(activity, later)).isZero();
        assertThat(view.enrolmentsOf(kid.child()).get(0).lastDay()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(book(kid, activity, later)).isEqualTo(Outcome.NOT_ENROLLED);
        assertThat(endEnrolment.endEnrolment(kid.child(), enrolmentId, LocalDate.of(2027, 5, 1)))
                .isEqualTo(EndEnrolmentUseCase.Outcome.OUTSIDE_PERIOD);
        assertThat(endEnrolment.endEnrolment(ChildId.newId(), enrolmentId, LocalDate.of(2027, 3, 1)))
                .isEqualTo(EndEnrolmentUseCase.Outcome.UNKNOWN_ENROLMENT);
    }

    @Test
    void a_facility_cannot_take_the_name_of_another() {
        setUpFacility.setUpFacility(new SetUpFacilityCommand("Garderie périscolaire"));
        assertThat(rename.renameFacility(facility, " Garderie périscolaire ")).isEqualTo(
                RenameFacilityUseCase.Outcome.NAME_TAKEN);
        assertThat(rename.renameFacility(facility, "ALSH Les Chênes")).isEqualTo(
                RenameFacilityUseCase.Outcome.RENAMED);
        assertThat(view.facility(facility)).hasValueSatisfying(f -> assertThat(f.name()).isEqualTo("ALSH Les Chênes"));
        assertThat(rename.renameFacility(UUID.randomUUID(), "X")).isEqualTo(
                RenameFacilityUseCase.Outcome.UNKNOWN_FACILITY);
    }

    @Test
    void changing_an_activity_keeps_its_identity_and_raises_the_places_of_counted_days() {
        Kid kid = enrolled(activity);
        LocalDate day = LocalDate.of(2027, 3, 10);
        book(kid, activity, day);
        UUID regie = UUID.randomUUID();
        assertThat(changeActivity.changeActivity(activity, new SetUpActivityCommand(facility, regie, "ALSH Mercredi",
                Set.of(DayOfWeek.WEDNESDAY), 3, 0, "VALIDATED_BY_STAFF",
                DeadlineRule.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59)),
                SetUpActivityCommand.NOT_ALLOWED, null))).isTrue();
        Activity changed = store.activityRows.get(new ActivityId(activity));
        assertThat(changed.name()).isEqualTo("ALSH Mercredi");
        assertThat(changed.regieId()).isEqualTo(regie);
        assertThat(changed.deadlines().booking())
                .isEqualTo(BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59)));
        assertThat(view.activity(activity)).hasValueSatisfying(a -> {
            assertThat(a.cancellation()).isEqualTo("NOT_ALLOWED");
            assertThat(a.bookingDeadline()).isEqualTo(
                    DeadlineRule.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59)));
        });
        assertThat(store.counters.get(new InMemoryPlanning.Day(new ActivityId(activity), day))[0]).isEqualTo(3);
        UUID otherFacility = setUpFacility.setUpFacility(new SetUpFacilityCommand("Autre"));
        assertThat(changeActivity.changeActivity(activity, new SetUpActivityCommand(otherFacility, regie, "X",
                Set.of(DayOfWeek.WEDNESDAY), 3, 0, "VALIDATED_BY_STAFF", DeadlineRule.daysBefore(1, LocalTime.NOON),
                SetUpActivityCommand.SAME_AS_BOOKING, null))).isFalse();
    }

    @Test
    void changing_the_weekdays_cancels_the_bookings_of_days_no_longer_offered_and_tells_their_families() {
        Kid kid = enrolled(activity);
        LocalDate wednesday = LocalDate.of(2027, 3, 10);
        LocalDate thursday = wednesday.plusDays(1);
        assertThat(book(kid, activity, wednesday)).isEqualTo(Outcome.BOOKED);
        assertThat(book(kid, activity, thursday)).isEqualTo(Outcome.BOOKED);

        assertThat(changeActivity.changeActivity(activity, new SetUpActivityCommand(facility, UUID.randomUUID(),
                "ALSH Mercredi", Set.of(DayOfWeek.WEDNESDAY), 2, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null)))
                .isTrue();

        assertThat(store.activeReservations(new ActivityId(activity), wednesday)).hasSize(1);
        assertThat(store.activeReservations(new ActivityId(activity), thursday)).as("no longer offered").isEmpty();
        assertThat(taken(activity, thursday)).isZero();
        assertThat(store.scheduleChanges).singleElement().satisfies(event -> {
            assertThat(event.familyIds()).containsExactly(kid.family());
            assertThat(event.cancelled()).extracting(ActivityDaysClosed.CancelledBooking::day)
                    .containsExactly(thursday);
            assertThat(event.activityName()).isEqualTo("ALSH Mercredi");
        });
        assertThat(book(kid, activity, thursday)).isEqualTo(Outcome.NOT_RUNNING_THAT_DAY);
    }

    @Test
    void changing_only_the_name_cancels_nothing_and_tells_nobody() {
        Kid kid = enrolled(activity);
        LocalDate thursday = LocalDate.of(2027, 3, 11);
        assertThat(book(kid, activity, thursday)).isEqualTo(Outcome.BOOKED);
        assertThat(changeActivity.changeActivity(activity, new SetUpActivityCommand(facility, UUID.randomUUID(),
                "ALSH renommé", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 2, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null)))
                .isTrue();
        assertThat(store.activeReservations(new ActivityId(activity), thursday)).hasSize(1);
        assertThat(store.scheduleChanges).isEmpty();
    }

    @Test
    void closing_a_day_withdraws_its_pending_place_offers_and_empties_its_waiting_list() {
        Kid waiting = enrolled(activity);
        Kid offered = enrolled(activity);
        LocalDate day = LocalDate.of(2027, 3, 10);
        LocalDate other = day.plusDays(1);
        ActivityId id = new ActivityId(activity);
        store.waitingLists.join(id, day, waiting.child(), waiting.family(), clock.instant());
        store.waitingLists.join(id, other, waiting.child(), waiting.family(), clock.instant());
        store.activityDays.takePlace(id, day, 2); // the place an offer holds
        UUID offerId = UUID.randomUUID();
        store.offers.add(new org.portailfamille.planning.application.port.out.PlaceOffers.Pending(offerId,
                offered.family(), new org.portailfamille.planning.domain.PlaceOffer(id, day, offered.child(),
                clock.instant(), clock.instant().plusSeconds(86_400))));

        CloseDaysResult result = closures.closeDays(new CloseDaysCommand(facility, activity, day, day, "WORKS",
                "Travaux"));

        assertThat(result.withdrawnOffers()).isEqualTo(1);
        assertThat(result.withdrawnWaitingEntries()).isEqualTo(1);
        assertThat(store.offerStatus.get(offerId)).isEqualTo("WITHDRAWN");
        assertThat(taken(activity, day)).as("the offer's place is freed").isZero();
        assertThat(store.waitingLists.daysWaitedBy(waiting.child(), id, day, other)).containsExactly(other);
    }

    @Test
    void the_school_calendar_holds_the_zones_holidays_without_overlap_and_the_computed_public_holidays() {
        assertThat(calendar.addSchoolHoliday(new AddSchoolHolidayCommand("C", "AUTUMN", LocalDate.of(2025, 10, 17),
                LocalDate.of(2025, 11, 3)))).isEqualTo(HolidayOutcome.ADDED);
        assertThat(calendar.addSchoolHoliday(new AddSchoolHolidayCommand("C", "CHRISTMAS", LocalDate.of(2025, 10, 31),
                LocalDate.of(2025, 11, 10)))).isEqualTo(HolidayOutcome.OVERLAPS_ANOTHER);
        assertThat(calendar.addSchoolHoliday(new AddSchoolHolidayCommand("A", "WINTER", LocalDate.of(2026, 2, 6),
                LocalDate.of(2026, 2, 23)))).isEqualTo(HolidayOutcome.ADDED);

        SchoolCalendarView zoneC = view.schoolCalendar(2025);
        assertThat(zoneC.zone()).isEqualTo("C");
        assertThat(zoneC.holidays()).extracting(SchoolCalendarView.Holiday::name).containsExactly("AUTUMN");
        assertThat(zoneC.publicHolidays()).hasSize(11);
        assertThat(zoneC.publicHolidays()).extracting(SchoolCalendarView.PublicHolidayView::date)
                .contains(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2025, 12, 25));

        calendar.changeHolidayZone("A");
        assertThat(view.schoolCalendar(2025).holidays()).extracting(SchoolCalendarView.Holiday::name)
                .containsExactly("WINTER");
        UUID id = view.schoolCalendar(2025).holidays().get(0).id();
        assertThat(calendar.removeSchoolHoliday(id)).isTrue();
        assertThat(view.schoolCalendar(2025).holidays()).isEmpty();
    }
}
