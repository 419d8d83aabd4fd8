package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.CancellationRule;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.ClosureReason;
import org.portailfamille.planning.domain.DayCounting;
import org.portailfamille.planning.domain.DeadlinePolicy;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.PlaceOffer;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ACTIVITY_DAY;

/** The planning adapters on the real schema: what is stored reads back the same, and the constraints hold. */
@SpringBootTest
class JooqPlanningTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 3);

    @Autowired Facilities facilities;
    @Autowired Activities activities;
    @Autowired Closures closures;
    @Autowired Enrolments enrolments;
    @Autowired Reservations reservations;
    @Autowired ActivityDays activityDays;
    @Autowired WaitingLists waitingLists;
    @Autowired PlaceOffers offers;
    @Autowired DSLContext dsl;

    Activity newActivity(int places, DeadlinePolicy deadlines) {
        Facility facility = new Facility(FacilityId.newId(), "Structure " + UUID.randomUUID());
        facilities.add(facility);
        Activity activity = new Activity(ActivityId.newId(), facility.id(), UUID.randomUUID(), "Mercredi loisirs",
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY), new Capacity(places, 3),
                BookingMode.VALIDATED_BY_STAFF, deadlines);
        activities.add(activity);
        return activity;
    }

    @Test
    void activities_read_back_with_every_kind_of_deadline() {
        List<DeadlinePolicy> policies = List.of(
                DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.of(18, 0))),
                new DeadlinePolicy(BookingDeadline.daysBefore(2, BookingDeadline.END_OF_DAY,
                        DayCounting.WORKING_DAYS.skipping(DayOfWeek.WEDNESDAY).skippingClosures()),
                        CancellationRule.notAllowed()),
                new DeadlinePolicy(BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59)),
                        CancellationRule.until(new BookingDeadline.DayOfEarlierMonth(2, 31, LocalTime.NOON))),
                new DeadlinePolicy(new BookingDeadline.WeekdayOfEarlierWeek(2, DayOfWeek.THURSDAY, LocalTime.NOON),
                        CancellationRule.until(BookingDeadline.daysBefore(16, LocalTime.MIDNIGHT,
                                DayCounting.CALENDAR_DAYS.skippingPublicHolidays()))));
        for (DeadlinePolicy policy : policies) {
            Activity activity = newActivity(12, policy);
            assertThat(activities.byId(activity.id())).contains(activity);
        }
        assertThat(activities.byId(ActivityId.newId())).isEmpty();
    }

    @Test
    void closures_of_the_facility_and_of_the_activity_close_it_and_no_other() {
        Activity activity = newActivity(5, DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        Activity neighbour = newActivity(5, DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        Closure strike = Closure.ofFacility(activity.facility(), new DateRange(DAY, DAY), ClosureReason.STRIKE, "");
        Closure works = Closure.ofActivity(activity.id(), new DateRange(DAY.plusDays(7), DAY.plusDays(9)),
                ClosureReason.OTHER, "Peinture du réfectoire");
        closures.add(works, activity);
        closures.add(strike, activity);

        assertThat(closures.closing(activity)).containsExactly(strike, works);
        assertThat(closures.closing(neighbour)).isEmpty();
    }

    @Test
    void enrolments_read_back() {
        Activity activity = newActivity(5, DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        Enrolment enrolment = Enrolment.of(ChildId.newId(), FamilyId.newId(), activity,
                new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 6)),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        enrolments.add(enrolment);
        assertThat(enrolments.of(enrolment.child(), activity.id())).containsExactly(enrolment);
        assertThat(enrolments.covering(enrolment.child(), activity.id(), DAY)).contains(enrolment);
        assertThat(enrolments.covering(enrolment.child(), activity.id(), LocalDate.of(2027, 7, 7))).isEmpty();
    }

    @Test
    void a_child_has_one_active_reservation_a_day_and_may_book_again_once_cancelled() {
        Activity activity = newActivity(5, DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        Enrolment enrolment = Enrolment.of(ChildId.newId(), FamilyId.newId(), activity,
                new DateRange(DAY, DAY.plusMonths(1)), Set.of());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Reservation first = Reservation.book(enrolment, activity, DAY, now);

        assertThat(reservations.addIfAbsent(first)).isTrue();
        assertThat(reservations.activeOf(enrolment.child(), activity.id(), DAY)).contains(first);
        assertThat(first.status()).isEqualTo(ReservationStatus.AWAITING_VALIDATION);
        assertThat(reservations.addIfAbsent(Reservation.book(enrolment, activity, DAY, now))).isFalse();

        assertThat(reservations.cancel(first.id(), now)).isTrue();
        assertThat(reservations.cancel(first.id(), now)).isFalse();
        assertThat(reservations.activeOf(enrolment.child(), activity.id(), DAY)).isEmpty();
        Reservation again = Reservation.book(enrolment, activity, DAY, now);
        assertThat(reservations.addIfAbsent(again)).isTrue();
        reservations.withdraw(again.id());
        assertThat(reservations.activeOf(enrolment.child(), activity.id(), DAY)).isEmpty();
    }

    @Test
    void a_staff_decision_moves_a_booking_awaiting_validation_once_and_only_from_there() {
        Activity activity = newActivity(5, DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        Enrolment enrolment = Enrolment.of(ChildId.newId(), FamilyId.newId(), activity,
                new DateRange(DAY, DAY.plusMonths(1)), Set.of());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Reservation confirmed = Reservation.book(enrolment, activity, DAY, now);
        reservations.addIfAbsent(confirmed);

        assertThat(reservations.confirm(confirmed.id(), now)).isTrue();
        assertThat(reservations.byId(confirmed.id()).orElseThrow().status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(reservations.confirm(confirmed.id(), now)).as("a redelivered decision").isFalse();
        assertThat(reservations.refuse(confirmed.id(), now)).as("no longer awaiting").isFalse();
        assertThat(reservations.byId(confirmed.id()).orElseThrow().status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(reservations.cancel(confirmed.id(), now)).isTrue();

        Reservation refused = Reservation.book(enrolment, activity, DAY, now);
        reservations.addIfAbsent(refused);
        assertThat(reservations.refuse(refused.id(), now)).isTrue();
        assertThat(reservations.byId(refused.id()).orElseThrow().status()).isEqualTo(ReservationStatus.REFUSED);
        assertThat(reservations.confirm(refused.id(), now)).isFalse();
        assertThat(reservations.cancel(refused.id(), now)).as("a refused booking is final").isFalse();
        assertThat(reservations.byId(refused.id()).orElseThrow().status()).isEqualTo(ReservationStatus.REFUSED);
        assertThat(reservations.activeOf(enrolment.child(), activity.id(), DAY)).isEmpty();
    }

    @Test
    void places_are_taken_up_to_capacity_and_the_database_refuses_more() {
        Activity activity = newActivity(2, DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        assertThat(activityDays.taken(activity.id(), DAY)).isEmpty();
        assertThat(activityDays.takePlace(activity.id(), DAY, 2)).isTrue();
        assertThat(activityDays.takePlace(activity.id(), DAY, 2)).isTrue();
        assertThat(activityDays.takePlace(activity.id(), DAY, 2)).isFalse();
        assertThat(activityDays.lock(activity.id(), DAY, 2)).isEqualTo(2);

        assertThatThrownBy(() -> dsl.update(ACTIVITY_DAY).set(ACTIVITY_DAY.TAKEN, ACTIVITY_DAY.TAKEN.plus(1))
                .where(ACTIVITY_DAY.ACTIVITY_ID.eq(activity.id().value())).and(ACTIVITY_DAY.DAY.eq(DAY)).execute())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("activity_day_check");

        activityDays.releasePlace(activity.id(), DAY);
        assertThat(activityDays.taken(activity.id(), DAY)).hasValue(1);
        activityDays.releasePlace(activity.id(), DAY);
        assertThatThrownBy(() -> activityDays.releasePlace(activity.id(), DAY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void waiting_lists_keep_arrival_order_and_offers_their_state() {
        Activity activity = newActivity(1, DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.NOON)));
        ChildId a = ChildId.newId();
        ChildId b = ChildId.newId();
        FamilyId family = FamilyId.newId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        assertThat(waitingLists.join(activity.id(), DAY, a, family, now)).isTrue();
        assertThat(waitingLists.join(activity.id(), DAY, b, family, now)).isTrue();
        assertThat(waitingLists.join(activity.id(), DAY, a, family, now.plusSeconds(1))).isFalse();
        assertThat(waitingLists.of(activity.id(), DAY).positionOf(a)).hasValue(1);
        assertThat(waitingLists.of(activity.id(), DAY).positionOf(b)).hasValue(2);
        waitingLists.remove(activity.id(), DAY, a);
        assertThat(waitingLists.of(activity.id(), DAY).positionOf(b)).hasValue(1);

        PlaceOffer offer = new PlaceOffer(activity.id(), DAY, b, now, now.plus(Duration.ofHours(24)));
        PlaceOffers.Pending pending = new PlaceOffers.Pending(UUID.randomUUID(), family, offer);
        offers.add(pending);
        assertThat(offers.pendingOf(family)).containsExactly(pending);
        assertThat(offers.expiredForUpdate(now.plus(Duration.ofHours(23)), 10)).doesNotContain(pending);
        assertThat(offers.expiredForUpdate(now.plus(Duration.ofHours(24)), 1000)).contains(pending);
        offers.markAccepted(pending.id(), now);
        assertThat(offers.pendingForUpdate(pending.id())).isEmpty();
        assertThat(offers.pendingOf(family)).isEmpty();
        assertThatThrownBy(() -> offers.markExpired(pending.id(), now)).isInstanceOf(IllegalStateException.class);
    }
}
