package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every move of a reservation from every status: the legal ones change only the status, the others are refused. */
class ReservationTransitionsTest {

    static final Set<ReservationStatus> ACTIVE = EnumSet.of(ReservationStatus.CONFIRMED,
            ReservationStatus.AWAITING_VALIDATION);

    static Stream<Arguments> moves() {
        Stream.Builder<Arguments> rows = Stream.builder();
        for (ReservationStatus status : ReservationStatus.values()) {
            rows.add(arguments(status, ReservationTransition.CONFIRM, (UnaryOperator<Reservation>) Reservation::confirm,
                    status == ReservationStatus.AWAITING_VALIDATION));
            rows.add(arguments(status, ReservationTransition.REFUSE, (UnaryOperator<Reservation>) Reservation::refuse,
                    status == ReservationStatus.AWAITING_VALIDATION));
            rows.add(arguments(status, ReservationTransition.CANCEL, (UnaryOperator<Reservation>) Reservation::cancel,
                    ACTIVE.contains(status)));
        }
        return rows.build();
    }

    @ParameterizedTest(name = "{1} a reservation {0}: allowed = {3}")
    @MethodSource("moves")
    void a_reservation_makes_only_the_moves_its_status_allows(ReservationStatus status,
                                                              ReservationTransition transition,
                                                              UnaryOperator<Reservation> move, boolean allowed) {
        Reservation reservation = reservation(status, ReservationOrigin.REQUESTED);
        assertThat(reservation.allows(transition)).isEqualTo(allowed);
        if (allowed) {
            Reservation moved = move.apply(reservation);
            assertThat(moved.status()).isEqualTo(transition.to());
            assertThat(moved).usingRecursiveComparison().ignoringFields("status").isEqualTo(reservation);
        } else {
            assertThatThrownBy(() -> move.apply(reservation))
                    .isInstanceOfSatisfying(IllegalReservationTransitionException.class, refused -> {
                        assertThat(refused.status()).isEqualTo(status);
                        assertThat(refused.transition()).isEqualTo(transition);
                    });
        }
    }

    @Test
    void cancelled_and_refused_are_final() {
        for (ReservationStatus last : EnumSet.of(ReservationStatus.CANCELLED, ReservationStatus.REFUSED)) {
            for (ReservationTransition transition : ReservationTransition.values()) {
                assertThat(transition.allowedFrom(last)).as(transition + " from " + last).isFalse();
            }
        }
    }

    @Test
    void a_decided_or_regular_booking_is_no_longer_awaiting_validation() {
        assertThat(reservation(ReservationStatus.AWAITING_VALIDATION, ReservationOrigin.REQUESTED).awaitsValidation())
                .isTrue();
        Reservation confirmed = reservation(ReservationStatus.AWAITING_VALIDATION, ReservationOrigin.PLACE_OFFER)
                .confirm();
        assertThat(confirmed.awaitsValidation()).isFalse();
        assertThat(confirmed.origin()).isEqualTo(ReservationOrigin.PLACE_OFFER);
        assertThat(reservation(ReservationStatus.CONFIRMED, ReservationOrigin.REGULAR).awaitsValidation()).isFalse();
    }

    @Test
    void staff_book_a_day_of_the_enrolment_confirmed_at_once() {
        LocalDate day = LocalDate.of(2027, 3, 3);
        Enrolment enrolment = new Enrolment(UUID.randomUUID(), ChildId.newId(), FamilyId.newId(), ActivityId.newId(),
                new DateRange(day, day.plusMonths(1)), Set.of());
        Reservation booked = Reservation.byStaff(enrolment, day, Instant.EPOCH, false);
        assertThat(booked.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(booked.late()).isFalse();
        assertThat(booked.origin()).isEqualTo(ReservationOrigin.STAFF);
        assertThat(booked.child()).isEqualTo(enrolment.child());
        assertThat(booked.family()).isEqualTo(enrolment.family());
        assertThatThrownBy(() -> Reservation.byStaff(enrolment, day.minusDays(1), Instant.EPOCH, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_late_booking_is_staff_s_and_stays_late_through_its_moves() {
        LocalDate day = LocalDate.of(2027, 3, 3);
        Enrolment enrolment = new Enrolment(UUID.randomUUID(), ChildId.newId(), FamilyId.newId(), ActivityId.newId(),
                new DateRange(day, day.plusMonths(1)), Set.of());
        Reservation late = Reservation.byStaff(enrolment, day, Instant.EPOCH, true);
        assertThat(late.late()).isTrue();
        assertThat(late.cancel().late()).isTrue();
        assertThat(reservation(ReservationStatus.CONFIRMED, ReservationOrigin.REQUESTED).late()).isFalse();
        assertThatThrownBy(() -> new Reservation(UUID.randomUUID(), ChildId.newId(), FamilyId.newId(),
                ActivityId.newId(), day, ReservationStatus.CONFIRMED, ReservationOrigin.REQUESTED, Instant.EPOCH, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Reservation reservation(ReservationStatus status, ReservationOrigin origin) {
        return new Reservation(UUID.randomUUID(), ChildId.newId(), FamilyId.newId(), ActivityId.newId(),
                LocalDate.of(2027, 3, 3), status, origin, Instant.parse("2027-03-01T09:00:00Z"));
    }
}
