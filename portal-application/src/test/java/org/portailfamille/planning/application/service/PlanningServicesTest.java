package org.portailfamille.planning.application.service;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferCommand;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferOutcome;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayResult.Outcome;
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.DayOccupancy;
import org.portailfamille.planning.application.port.in.DayOccupancyQuery;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListResult;
import org.portailfamille.planning.application.port.in.PlaceOfferView;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.WaitingListPositionQuery;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.CancellationRule;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.ClosureReason;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The planning use cases on in-memory ports: every outcome of booking, cancelling, waiting and offers. */
class PlanningServicesTest extends PlanningServicesFixture {

    static final LocalDate SATURDAY = LocalDate.of(2027, 3, 6);
    static final LocalDate EASTER_MONDAY = LocalDate.of(2027, 3, 29);
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    final ViewWaitingListPositionService position = new ViewWaitingListPositionService(store.days, store.waitingLists);
    final AcceptPlaceOfferService accept = new AcceptPlaceOfferService(store.activities, store.offers,
            store.reservations, store.activityDays, store.freedPlaces, clock);
    final ListPlaceOffersService listOffers = new ListPlaceOffersService(store.activities, store.offers, clock);
    final ViewDayOccupancyService occupancy = new ViewDayOccupancyService(store.activities, store.activityDays,
            store.waitingLists);

    final ExpirePlaceOffersService expireOffers = new ExpirePlaceOffersService(store.activities, store.offers,
            store.activityDays, store.freedPlaces, clock);

    UUID activity;
    Kid first;
    Kid second;

    @BeforeEach
    void createActivity() {
        activity = newActivity(2, "CONFIRMED_AT_ONCE", SetUpActivityCommand.SAME_AS_BOOKING, null);
    }

    UUID newActivity(int places, String mode, String cancellation, DeadlineRule cancellationDeadline) {
        return setUpActivity.setUpActivity(new SetUpActivityCommand(facility, UUID.randomUUID(),
                "Accueil du soir " + UUID.randomUUID(), WEEKDAYS, places, 1, mode,
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), cancellation, cancellationDeadline));
    }

    Kid enrolled(UUID activityId) {
        Kid kid = new Kid(FamilyId.newId(), ChildId.newId());
        enrol.enrolChild(new EnrolChildCommand(kid.family(), kid.child(), activityId, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 6), Set.of()));
        return kid;
    }

    BookDayResult book(Kid kid, UUID activityId, LocalDate day) {
        return book.bookDay(new BookDayCommand(kid.family(), kid.child(), activityId, day));
    }

    CancelDayOutcome cancel(Kid kid, UUID activityId, LocalDate day) {
        return cancel.cancelDay(new CancelDayCommand(kid.family(), kid.child(), activityId, day));
    }

    JoinWaitingListResult join(Kid kid, LocalDate day) {
        return join.joinWaitingList(new JoinWaitingListCommand(kid.family(), kid.child(), activity, day));
    }

    int taken(UUID activityId, LocalDate day) {
        return store.activityDays.taken(new ActivityId(activityId), day).orElse(0);
    }

    @Test
    void an_activity_keeps_its_parameters() {
        UUID id = setUpActivity.setUpActivity(new SetUpActivityCommand(facility, UUID.randomUUID(), "Crèche",
                Set.of(DayOfWeek.WEDNESDAY), 12, 3, "VALIDATED_BY_STAFF",
                DeadlineRule.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.MAX),
                SetUpActivityCommand.OWN_DEADLINE, DeadlineRule.dayOfPreviousMonth(20, LocalTime.NOON)));
        Activity stored = store.activityRows.get(new ActivityId(id));
        assertThat(stored.capacity().places()).isEqualTo(12);
        assertThat(stored.capacity().alertThreshold()).isEqualTo(3);
        assertThat(stored.weekdays()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(stored.deadlines().booking())
                .isEqualTo(BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.MAX));
        assertThat(stored.deadlines().cancellation())
                .isEqualTo(CancellationRule.until(BookingDeadline.dayOfPreviousMonth(20, LocalTime.NOON)));
    }

    @Test
    void an_unknown_facility_or_a_missing_cancellation_deadline_is_refused() {
        assertThatThrownBy(() -> setUpActivity.setUpActivity(new SetUpActivityCommand(UUID.randomUUID(),
                UUID.randomUUID(), "Cantine", WEEKDAYS, 10, 2, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.NOON), SetUpActivityCommand.SAME_AS_BOOKING, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> newActivity(10, "CONFIRMED_AT_ONCE", SetUpActivityCommand.OWN_DEADLINE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_enrolment_overlapping_another_or_on_days_the_activity_does_not_run_is_refused() {
        Kid kid = enrolled(activity);
        assertThatThrownBy(() -> enrol.enrolChild(new EnrolChildCommand(kid.family(), kid.child(), activity,
                LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31), Set.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> enrol.enrolChild(new EnrolChildCommand(FamilyId.newId(), ChildId.newId(),
                activity, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 6), Set.of(DayOfWeek.SUNDAY))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void books_a_day_and_takes_a_place() {
        Kid kid = enrolled(activity);
        BookDayResult result = book(kid, activity, WEDNESDAY);
        assertThat(result.outcome()).isEqualTo(Outcome.BOOKED);
        assertThat(result.awaitingValidation()).isFalse();
        assertThat(store.reservationRows.get(result.reservationId()).status())
                .isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(taken(activity, WEDNESDAY)).isEqualTo(1);
    }

    @Test
    void a_booking_validated_by_staff_takes_a_place_and_awaits_validation() {
        UUID crèche = newActivity(5, "VALIDATED_BY_STAFF", SetUpActivityCommand.SAME_AS_BOOKING, null);
        BookDayResult result = book(enrolled(crèche), crèche, WEDNESDAY);
        assertThat(result.outcome()).isEqualTo(Outcome.BOOKED);
        assertThat(result.awaitingValidation()).isTrue();
        assertThat(store.reservationRows.get(result.reservationId()).status())
                .isEqualTo(ReservationStatus.AWAITING_VALIDATION);
        assertThat(taken(crèche, WEDNESDAY)).isEqualTo(1);
    }

    @Test
    void the_same_booking_twice_has_one_effect() {
        Kid kid = enrolled(activity);
        BookDayResult first = book(kid, activity, WEDNESDAY);
        BookDayResult second = book(kid, activity, WEDNESDAY);
        assertThat(second.outcome()).isEqualTo(Outcome.ALREADY_BOOKED);
        assertThat(second.reservationId()).isEqualTo(first.reservationId());
        assertThat(store.activeReservations(new ActivityId(activity), WEDNESDAY)).hasSize(1);
        assertThat(taken(activity, WEDNESDAY)).isEqualTo(1);
    }

    @Test
    void a_full_day_offers_the_waiting_list_and_changes_nothing() {
        book(enrolled(activity), activity, WEDNESDAY);
        book(enrolled(activity), activity, WEDNESDAY);
        Kid third = enrolled(activity);
        BookDayResult result = book(third, activity, WEDNESDAY);
        assertThat(result.outcome()).isEqualTo(Outcome.FULL);
        assertThat(result.canJoinWaitingList()).isTrue();
        assertThat(result.reservationId()).isNull();
        assertThat(store.activeReservations(new ActivityId(activity), WEDNESDAY)).hasSize(2);
        assertThat(taken(activity, WEDNESDAY)).isEqualTo(2);

        join(third, WEDNESDAY);
        assertThat(book(third, activity, WEDNESDAY).canJoinWaitingList()).isFalse();
    }

    @Test
    void staff_book_a_past_day_for_a_family_confirmed_at_once_within_capacity_and_calendar() {
        BookDayForFamilyService forFamily = new BookDayForFamilyService(store.days, store.reservations,
                store.activityDays, clock);
        UUID validated = newActivity(1, "VALIDATED_BY_STAFF", SetUpActivityCommand.SAME_AS_BOOKING, null);
        Kid kid = enrolled(validated);
        LocalDate lastFriday = LocalDate.of(2027, 2, 26);
        assertThat(book(kid, validated, lastFriday).outcome()).isEqualTo(Outcome.DEADLINE_PASSED);

        BookDayResult result = forFamily.bookDayForFamily(new BookDayCommand(kid.family(), kid.child(), validated,
                lastFriday, "agent"));
        assertThat(result.outcome()).isEqualTo(Outcome.BOOKED);
        assertThat(store.reservationRows.get(result.reservationId()).status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(store.reservationRows.get(result.reservationId()).origin())
                .isEqualTo(org.portailfamille.planning.domain.ReservationOrigin.STAFF);
        assertThat(forFamily.bookDayForFamily(new BookDayCommand(kid.family(), kid.child(), validated, lastFriday,
                "agent")).outcome()).isEqualTo(Outcome.ALREADY_BOOKED);
        assertThat(taken(validated, lastFriday)).isEqualTo(1);

        Kid other = enrolled(validated);
        assertThat(forFamily.bookDayForFamily(new BookDayCommand(other.family(), other.child(), validated,
                lastFriday, "agent")).outcome()).isEqualTo(Outcome.FULL);
        assertThat(forFamily.bookDayForFamily(new BookDayCommand(other.family(), other.child(), validated,
                EASTER_MONDAY, "agent")).outcome()).isEqualTo(Outcome.CLOSED);
        assertThat(forFamily.bookDayForFamily(new BookDayCommand(FamilyId.newId(), other.child(), validated,
                WEDNESDAY, "agent")).outcome()).isEqualTo(Outcome.NOT_ENROLLED);
    }

    @Test
    void a_day_staff_book_past_the_families_deadline_is_late_one_within_it_is_not() {
        BookDayForFamilyService forFamily = new BookDayForFamilyService(store.days, store.reservations,
                store.activityDays, clock);
        Kid kid = enrolled(activity);
        LocalDate tuesday = WEDNESDAY.minusDays(1);
        // Monday 10:00: the deadline of Tuesday (Monday 18:00) is ahead, the deadline of Monday itself has passed.
        BookDayResult inTime = forFamily.bookDayForFamily(new BookDayCommand(kid.family(), kid.child(), activity,
                tuesday, "agent"));
        BookDayResult late = forFamily.bookDayForFamily(new BookDayCommand(kid.family(), kid.child(), activity,
                MONDAY_MORNING.toLocalDate(), "agent"));
        assertThat(store.reservationRows.get(inTime.reservationId()).late()).isFalse();
        assertThat(store.reservationRows.get(late.reservationId()).late()).isTrue();

        clock.set(LocalDateTime.of(2027, 3, 1, 18, 1).atZone(PARIS).toInstant());
        Kid other = enrolled(activity);
        BookDayResult afterSix = forFamily.bookDayForFamily(new BookDayCommand(other.family(), other.child(),
                activity, tuesday, "agent"));
        assertThat(store.reservationRows.get(afterSix.reservationId()).late()).isTrue();
        assertThat(book(enrolled(activity), activity, WEDNESDAY).outcome()).isEqualTo(Outcome.BOOKED);
        assertThat(store.reservationRows.values()).filteredOn(r -> r.origin()
                != org.portailfamille.planning.domain.ReservationOrigin.STAFF).noneMatch(r -> r.late());
    }

    @Test
    void regular_days_are_term_time_days_school_holidays_are_not_booked() {
        LocalDate firstHolidayMonday = LocalDate.of(2027, 3, 8);
        EnrolChildService termTime = new EnrolChildService(store.days, store.activities, store.enrolments,
                store.reservations, store.activityDays, (from, to) -> {
                    java.util.Map<LocalDate, org.portailfamille.planning.domain.SchoolHoliday.Kind> days =
                            new java.util.HashMap<>();
                    for (LocalDate day = firstHolidayMonday; day.isBefore(firstHolidayMonday.plusDays(12));
                         day = day.plusDays(1)) {
                        days.put(day, org.portailfamille.planning.domain.SchoolHoliday.Kind.SHORT);
                    }
                    return days;
                }, clock);
        UUID canteen = newActivity(30, "CONFIRMED_AT_ONCE", SetUpActivityCommand.SAME_AS_BOOKING, null);
        Kid kid = new Kid(FamilyId.newId(), ChildId.newId());
        termTime.enrolChild(new EnrolChildCommand(kid.family(), kid.child(), canteen, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 26), Set.of(DayOfWeek.MONDAY)));
        assertThat(store.reservationRows.values()).filteredOn(r -> r.child().equals(kid.child()))
                .extracting(Reservation::day)
                .containsExactlyInAnyOrder(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 22));
    }

    @Test
    void after_the_deadline_a_day_cannot_be_booked() {
        Kid kid = enrolled(activity);
        LocalDate tuesday = WEDNESDAY.minusDays(1);
        assertThat(book(kid, activity, tuesday).outcome()).isEqualTo(Outcome.BOOKED);
        clock.set(LocalDateTime.of(2027, 3, 2, 18, 0).atZone(PARIS).toInstant());
        assertThat(book(kid, activity, WEDNESDAY).outcome()).isEqualTo(Outcome.BOOKED);
        clock.set(LocalDateTime.of(2027, 3, 3, 18, 0, 1).atZone(PARIS).toInstant());
        assertThat(book(kid, activity, WEDNESDAY.plusDays(1)).outcome()).isEqualTo(Outcome.DEADLINE_PASSED);
        assertThat(taken(activity, WEDNESDAY.plusDays(1))).isZero();
    }

    @Test
    void public_holidays_and_closures_are_closed() {
        Kid kid = enrolled(activity);
        assertThat(book(kid, activity, EASTER_MONDAY).outcome()).isEqualTo(Outcome.CLOSED);
        Activity stored = store.activityRows.get(new ActivityId(activity));
        store.closures.add(Closure.ofFacility(stored.facility(), new DateRange(WEDNESDAY, WEDNESDAY),
                ClosureReason.STRIKE, ""), stored);
        assertThat(book(kid, activity, WEDNESDAY).outcome()).isEqualTo(Outcome.CLOSED);
        assertThat(book(kid, activity, WEDNESDAY.plusDays(1)).outcome()).isEqualTo(Outcome.BOOKED);
    }

    @Test
    void only_an_enrolled_child_of_the_family_may_book() {
        Kid kid = enrolled(activity);
        assertThat(book(new Kid(FamilyId.newId(), kid.child()), activity, WEDNESDAY).outcome())
                .isEqualTo(Outcome.NOT_ENROLLED);
        assertThat(book(new Kid(kid.family(), ChildId.newId()), activity, WEDNESDAY).outcome())
                .isEqualTo(Outcome.NOT_ENROLLED);
        assertThat(book(kid, activity, LocalDate.of(2027, 7, 7)).outcome()).isEqualTo(Outcome.NOT_ENROLLED);
        assertThat(store.reservationRows).isEmpty();
    }

    @Test
    void a_day_the_activity_does_not_run_cannot_be_booked() {
        assertThat(book(enrolled(activity), activity, SATURDAY).outcome())
                .isEqualTo(Outcome.NOT_RUNNING_THAT_DAY);
    }

    @Test
    void an_unknown_activity_is_refused() {
        Kid kid = enrolled(activity);
        assertThatThrownBy(() -> book(kid, UUID.randomUUID(), WEDNESDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void occupancy_counts_places_and_warns_when_few_are_left() {
        book(enrolled(activity), activity, WEDNESDAY);
        DayOccupancy view = occupancy.dayOccupancy(new DayOccupancyQuery(activity, WEDNESDAY));
        assertThat(view).isEqualTo(new DayOccupancy(2, 1, 1, true, 0));
        assertThat(occupancy.dayOccupancy(new DayOccupancyQuery(activity, WEDNESDAY.plusDays(1))))
                .isEqualTo(new DayOccupancy(2, 0, 2, false, 0));
    }

    @Test
    void cancelling_frees_the_place() {
        Kid kid = enrolled(activity);
        book(kid, activity, WEDNESDAY);
        assertThat(cancel(kid, activity, WEDNESDAY)).isEqualTo(CancelDayOutcome.CANCELLED);
        assertThat(taken(activity, WEDNESDAY)).isZero();
        assertThat(cancel(kid, activity, WEDNESDAY)).isEqualTo(CancelDayOutcome.NOT_BOOKED);
        assertThat(book(kid, activity, WEDNESDAY).outcome()).isEqualTo(Outcome.BOOKED);
    }

    @Test
    void another_family_cannot_cancel() {
        Kid kid = enrolled(activity);
        book(kid, activity, WEDNESDAY);
        assertThat(cancel(new Kid(FamilyId.newId(), kid.child()), activity, WEDNESDAY))
                .isEqualTo(CancelDayOutcome.NOT_BOOKED);
        assertThat(taken(activity, WEDNESDAY)).isEqualTo(1);
    }

    @Test
    void after_the_cancellation_deadline_or_when_not_allowed_nothing_changes() {
        Kid kid = enrolled(activity);
        book(kid, activity, WEDNESDAY);
        clock.set(LocalDateTime.of(2027, 3, 2, 18, 1).atZone(PARIS).toInstant());
        assertThat(cancel(kid, activity, WEDNESDAY)).isEqualTo(CancelDayOutcome.DEADLINE_PASSED);

        UUID noCancel = newActivity(5, "CONFIRMED_AT_ONCE", SetUpActivityCommand.NOT_ALLOWED, null);
        Kid other = enrolled(noCancel);
        book(other, noCancel, WEDNESDAY.plusDays(2));
        assertThat(cancel(other, noCancel, WEDNESDAY.plusDays(2))).isEqualTo(CancelDayOutcome.NOT_ALLOWED);
        assertThat(taken(activity, WEDNESDAY)).isEqualTo(1);
        assertThat(taken(noCancel, WEDNESDAY.plusDays(2))).isEqualTo(1);
    }

    @Test
    void a_cancellation_deadline_of_its_own_applies() {
        UUID own = newActivity(5, "CONFIRMED_AT_ONCE", SetUpActivityCommand.OWN_DEADLINE,
                DeadlineRule.daysBefore(3, LocalTime.NOON));
        Kid kid = enrolled(own);
        assertThat(book(kid, own, WEDNESDAY).outcome()).isEqualTo(Outcome.BOOKED);
        assertThat(cancel(kid, own, WEDNESDAY)).isEqualTo(CancelDayOutcome.DEADLINE_PASSED);
        assertThat(book(kid, own, WEDNESDAY.plusDays(2)).outcome()).isEqualTo(Outcome.BOOKED);
        assertThat(cancel(kid, own, WEDNESDAY.plusDays(2))).isEqualTo(CancelDayOutcome.CANCELLED);
    }

    /** Books both places of Wednesday. */
    void fillTheDay() {
        first = enrolled(activity);
        second = enrolled(activity);
        book(first, activity, WEDNESDAY);
        book(second, activity, WEDNESDAY);
    }

    /** Two more children waiting for the full Wednesday, {@code a} a minute before {@code b}. */
    record TwoWaiting(Kid a, Kid b) {
    }

    TwoWaiting fullDayWithTwoWaiting() {
        fillTheDay();
        Kid a = enrolled(activity);
        Kid b = enrolled(activity);
        join(a, WEDNESDAY);
        clock.advance(Duration.ofMinutes(1));
        join(b, WEDNESDAY);
        return new TwoWaiting(a, b);
    }

    @Test
    void children_wait_in_arrival_order() {
        fillTheDay();
        Kid a = enrolled(activity);
        Kid b = enrolled(activity);
        assertThat(join(a, WEDNESDAY)).isEqualTo(new JoinWaitingListResult(JoinWaitingListResult.Outcome.JOINED, 1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(join(b, WEDNESDAY)).isEqualTo(new JoinWaitingListResult(JoinWaitingListResult.Outcome.JOINED, 2));
        assertThat(join(a, WEDNESDAY))
                .isEqualTo(new JoinWaitingListResult(JoinWaitingListResult.Outcome.ALREADY_WAITING, 1));
        assertThat(position.waitingListPosition(new WaitingListPositionQuery(b.family(), b.child(), activity,
                WEDNESDAY))).hasValue(2);
        assertThat(position.waitingListPosition(new WaitingListPositionQuery(FamilyId.newId(), b.child(),
                activity, WEDNESDAY))).isEmpty();
        assertThat(occupancy.dayOccupancy(new DayOccupancyQuery(activity, WEDNESDAY)).waiting()).isEqualTo(2);
    }

    @Test
    void a_child_waits_only_for_a_full_day_it_is_not_booked_on() {
        fillTheDay();
        assertThat(join(enrolled(activity), WEDNESDAY.plusDays(1)).outcome())
                .isEqualTo(JoinWaitingListResult.Outcome.NOT_FULL);
        assertThat(join(first, WEDNESDAY).outcome()).isEqualTo(JoinWaitingListResult.Outcome.ALREADY_BOOKED);
        assertThat(join(new Kid(FamilyId.newId(), ChildId.newId()), WEDNESDAY).outcome())
                .isEqualTo(JoinWaitingListResult.Outcome.NOT_ENROLLED);
        assertThat(join(enrolled(activity), SATURDAY).outcome())
                .isEqualTo(JoinWaitingListResult.Outcome.NOT_RUNNING_THAT_DAY);
        assertThat(join(enrolled(activity), EASTER_MONDAY).outcome())
                .isEqualTo(JoinWaitingListResult.Outcome.CLOSED);
        assertThat(join(enrolled(activity), MONDAY_MORNING.toLocalDate()).outcome())
                .isEqualTo(JoinWaitingListResult.Outcome.DEADLINE_PASSED);
    }

    @Test
    void a_cancelled_place_is_offered_at_once_to_the_first_child_waiting_for_24_hours() {
        TwoWaiting waiting = fullDayWithTwoWaiting();
        Kid a = waiting.a();
        Kid b = waiting.b();

        assertThat(cancel(first, activity, WEDNESDAY)).isEqualTo(CancelDayOutcome.CANCELLED);

        List<PlaceOfferView> offers = listOffers.placeOffers(a.family());
        assertThat(offers).singleElement().satisfies(offer -> {
            assertThat(offer.childId()).isEqualTo(a.child());
            assertThat(offer.day()).isEqualTo(WEDNESDAY);
            assertThat(Duration.between(offer.offeredAt(), offer.expiresAt())).isEqualTo(Duration.ofHours(24));
        });
        assertThat(listOffers.placeOffers(b.family())).isEmpty();
        assertThat(taken(activity, WEDNESDAY)).as("the offer holds the place").isEqualTo(2);
        assertThat(book(enrolled(activity), activity, WEDNESDAY).outcome()).isEqualTo(Outcome.FULL);
        assertThat(position.waitingListPosition(new WaitingListPositionQuery(b.family(), b.child(), activity,
                WEDNESDAY))).hasValue(1);
        assertThat(join(a, WEDNESDAY).outcome()).as("a child offered a place does not wait for another")
                .isEqualTo(JoinWaitingListResult.Outcome.PLACE_OFFERED);

        clock.advance(Duration.ofHours(23));
        assertThat(accept.acceptPlaceOffer(new AcceptPlaceOfferCommand(b.family(), offers.get(0).offerId())))
                .isEqualTo(AcceptPlaceOfferOutcome.NO_OFFER);
        assertThat(accept.acceptPlaceOffer(new AcceptPlaceOfferCommand(a.family(), offers.get(0).offerId())))
                .isEqualTo(AcceptPlaceOfferOutcome.ACCEPTED);
        assertThat(store.reservations.activeOf(a.child(), new ActivityId(activity), WEDNESDAY)).isPresent();
        assertThat(taken(activity, WEDNESDAY)).isEqualTo(2);
        assertThat(accept.acceptPlaceOffer(new AcceptPlaceOfferCommand(a.family(), offers.get(0).offerId())))
                .isEqualTo(AcceptPlaceOfferOutcome.NO_OFFER);
        assertThat(listOffers.placeOffers(a.family())).isEmpty();
    }

    @Test
    void an_expired_offer_passes_the_place_to_the_next_child_then_back_to_the_day() {
        TwoWaiting waiting = fullDayWithTwoWaiting();
        Kid a = waiting.a();
        Kid b = waiting.b();
        cancel(first, activity, WEDNESDAY);
        UUID offerToA = listOffers.placeOffers(a.family()).get(0).offerId();

        clock.advance(Duration.ofHours(24));
        assertThat(listOffers.placeOffers(a.family())).isEmpty();
        assertThat(accept.acceptPlaceOffer(new AcceptPlaceOfferCommand(a.family(), offerToA)))
                .isEqualTo(AcceptPlaceOfferOutcome.EXPIRED);
        assertThat(listOffers.placeOffers(b.family())).singleElement()
                .satisfies(offer -> assertThat(offer.childId()).isEqualTo(b.child()));
        UUID offerToB = listOffers.placeOffers(b.family()).get(0).offerId();

        clock.advance(Duration.ofHours(25));
        assertThat(accept.acceptPlaceOffer(new AcceptPlaceOfferCommand(b.family(), offerToB)))
                .isEqualTo(AcceptPlaceOfferOutcome.EXPIRED);
        assertThat(taken(activity, WEDNESDAY)).as("nobody waits: the place is free again").isEqualTo(1);
    }

    @Test
    void with_nobody_waiting_a_cancelled_place_is_free_again() {
        fillTheDay();
        cancel(first, activity, WEDNESDAY);
        assertThat(store.pendingOffers).isEmpty();
        assertThat(book(enrolled(activity), activity, WEDNESDAY).outcome()).isEqualTo(Outcome.BOOKED);
    }

    @Test
    void overdue_offers_expire_and_pass_their_place_on_without_the_family() {
        TwoWaiting waiting = fullDayWithTwoWaiting();
        Kid a = waiting.a();
        Kid b = waiting.b();
        cancel(first, activity, WEDNESDAY);

        clock.advance(Duration.ofHours(23));
        assertThat(expireOffers.expirePlaceOffers()).isZero();
        assertThat(listOffers.placeOffers(a.family())).hasSize(1);

        clock.advance(Duration.ofHours(1));
        assertThat(expireOffers.expirePlaceOffers()).isEqualTo(1);
        assertThat(listOffers.placeOffers(a.family())).isEmpty();
        assertThat(listOffers.placeOffers(b.family())).singleElement()
                .satisfies(offer -> assertThat(offer.offeredAt()).isEqualTo(clock.instant()));
        assertThat(taken(activity, WEDNESDAY)).isEqualTo(2);

        clock.advance(Duration.ofHours(24));
        assertThat(expireOffers.expirePlaceOffers()).isEqualTo(1);
        assertThat(taken(activity, WEDNESDAY)).isEqualTo(1);
        assertThat(expireOffers.expirePlaceOffers()).isZero();
    }
}
