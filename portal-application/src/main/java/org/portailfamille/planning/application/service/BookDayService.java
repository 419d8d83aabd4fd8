package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayResult.Outcome;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Books a day. The checks that need no lock come first (weekday, calendar, enrolment, an existing booking, the
 * deadline at the clock's time in the municipality's zone); then the database decides: the reservation is added
 * unless the child already has one that day (unique index), and a place is taken unless none is left
 * (conditional update). Without a place, the reservation just added is withdrawn in the same transaction. A day in
 * a booking period can only be booked while the period is open (from its opening moment, included), and within
 * the activity's deadline. A booking made is recorded as a "Réservations" request in the same transaction:
 * accepted at once when the activity confirms at once, pending (for staff to validate) otherwise.
 */
public class BookDayService implements BookDayUseCase {

    private final PlanningDays days;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final WaitingLists waitingLists;
    private final BookingPeriods bookingPeriods;
    private final PlanningRequestRecords requests;
    private final Clock clock;

    public BookDayService(PlanningDays days, Reservations reservations, ActivityDays activityDays,
                          WaitingLists waitingLists, BookingPeriods bookingPeriods, PlanningRequestRecords requests,
                          Clock clock) {
        this.days = days;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.waitingLists = waitingLists;
        this.bookingPeriods = bookingPeriods;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public BookDayResult bookDay(BookDayCommand command) {
        Activity activity = days.activity(command.activityId());
        LocalDate day = command.day();
        CalendarContext calendar = days.calendarOf(activity);
        Optional<PlanningDays.Problem> problem = days.problemWith(activity, calendar, day);
        if (problem.isPresent()) {
            return BookDayResult.of(Outcome.valueOf(problem.get().name()));
        }
        Optional<Enrolment> enrolment = days.enrolment(command.familyId(), command.childId(), activity, day);
        if (enrolment.isEmpty()) {
            return BookDayResult.of(Outcome.NOT_ENROLLED);
        }
        Optional<Reservation> existing = reservations.activeOf(command.childId(), activity.id(), day);
        if (existing.isPresent()) {
            return alreadyBooked(existing.get());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<BookingPeriod> period = bookingPeriods.of(activity.id()).stream()
                .filter(candidate -> candidate.covers(day)).findFirst();
        if (period.isPresent() && period.get().isNotOpenYet(now)) {
            return BookDayResult.of(Outcome.NOT_OPEN_YET);
        }
        if (period.isPresent() && period.get().isClosedAt(now)) {
            return BookDayResult.of(Outcome.BOOKING_CLOSED);
        }
        if (!activity.deadlines().canBook(day, now, calendar)) {
            return BookDayResult.of(Outcome.DEADLINE_PASSED);
        }
        Reservation reservation = Reservation.book(enrolment.get(), activity, day, clock.instant());
        if (!reservations.addIfAbsent(reservation)) {
            return reservations.activeOf(command.childId(), activity.id(), day)
                    .map(BookDayService::alreadyBooked)
                    .orElseGet(() -> BookDayResult.of(Outcome.ALREADY_BOOKED));
        }
        if (!activityDays.takePlace(activity.id(), day, activity.capacity().places())) {
            reservations.withdraw(reservation.id());
            boolean waiting = waitingLists.of(activity.id(), day).contains(command.childId());
            return new BookDayResult(Outcome.FULL, null, false, !waiting);
        }
        requests.booked(reservation, activity, command.submittedBy(),
                reservation.status() == ReservationStatus.CONFIRMED);
        return new BookDayResult(Outcome.BOOKED, reservation.id(),
                reservation.status() == ReservationStatus.AWAITING_VALIDATION, false);
    }

    private static BookDayResult alreadyBooked(Reservation reservation) {
        return new BookDayResult(Outcome.ALREADY_BOOKED, reservation.id(),
                reservation.status() == ReservationStatus.AWAITING_VALIDATION, false);
    }
}
