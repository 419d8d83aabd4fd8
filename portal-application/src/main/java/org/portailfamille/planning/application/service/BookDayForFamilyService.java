package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayResult.Outcome;
import org.portailfamille.planning.application.port.in.StaffActionCommand;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.StaffAction;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Books a day on a family's behalf: the same checks and the same database-decided place as {@link BookDayService},
 * without the families' deadline, confirmed at once. A day booked once the families' deadline had passed (at the
 * clock's time in the municipality's zone) is recorded as a late booking, which billing may surcharge; a day booked
 * within the deadline (a parent on the phone) is not.
 */
public class BookDayForFamilyService implements BookDayForFamilyUseCase {

    private final PlanningDays days;
    private final Reservations reservations;
    private final ActivityDays activityDays;
    private final Clock clock;
    private final @Nullable StaffActing acting;

    /** Without staff acting: only the regularisation ({@link #bookDayForFamily(BookDayCommand)}) is possible. */
    public BookDayForFamilyService(PlanningDays days, Reservations reservations, ActivityDays activityDays,
                                   Clock clock) {
        this(days, reservations, activityDays, clock, null);
    }

    public BookDayForFamilyService(PlanningDays days, Reservations reservations, ActivityDays activityDays,
                                   Clock clock, @Nullable StaffActing acting) {
        this.days = days;
        this.reservations = reservations;
        this.activityDays = activityDays;
        this.clock = clock;
        this.acting = acting;
    }

    @Override
    public BookDayResult bookDayForFamily(StaffActionCommand command) {
        if (acting == null) {
            throw new IllegalStateException("Staff acting is not wired");
        }
        Optional<String> childName = acting.childName(command);
        if (childName.isEmpty()) {
            return BookDayResult.of(Outcome.NOT_ENROLLED);
        }
        Activity activity = days.activity(command.activityId());
        CalendarContext calendar = days.calendarOf(activity);
        Optional<PlanningDays.Problem> problem = days.problemWith(activity, calendar, command.day());
        if (problem.isPresent()) {
            return BookDayResult.of(Outcome.valueOf(problem.get().name()));
        }
        Optional<Enrolment> enrolment = days.enrolment(command.familyId(), command.childId(), activity, command.day());
        if (enrolment.isEmpty()) {
            return BookDayResult.of(Outcome.NOT_ENROLLED);
        }
        Optional<Reservation> existing = reservations.activeOf(command.childId(), activity.id(), command.day());
        if (existing.isPresent()) {
            return new BookDayResult(Outcome.ALREADY_BOOKED, existing.get().id(), false, false);
        }
        boolean late = !activity.deadlines().canBook(command.day(), LocalDateTime.now(clock), calendar);
        if (late && !command.overrideDeadline()) {
            return BookDayResult.of(Outcome.DEADLINE_PASSED);
        }
        BookDayResult result = book(enrolment.get(), activity, command.day(), late);
        if (result.outcome() == Outcome.BOOKED) {
            acting.done(command, activity, childName.get(), StaffAction.Kind.BOOKED, late);
        }
        return result;
    }

    @Override
    public BookDayResult bookDayForFamily(BookDayCommand command) {
        Activity activity = days.activity(command.activityId());
        CalendarContext calendar = days.calendarOf(activity);
        Optional<PlanningDays.Problem> problem = days.problemWith(activity, calendar, command.day());
        if (problem.isPresent()) {
            return BookDayResult.of(Outcome.valueOf(problem.get().name()));
        }
        Optional<Enrolment> enrolment = days.enrolment(command.familyId(), command.childId(), activity, command.day());
        if (enrolment.isEmpty()) {
            return BookDayResult.of(Outcome.NOT_ENROLLED);
        }
        Optional<Reservation> existing = reservations.activeOf(command.childId(), activity.id(), command.day());
        if (existing.isPresent()) {
            return new BookDayResult(Outcome.ALREADY_BOOKED, existing.get().id(), false, false);
        }
        boolean late = !activity.deadlines().canBook(command.day(), LocalDateTime.now(clock), calendar);
        return book(enrolment.get(), activity, command.day(), late);
    }

    private BookDayResult book(Enrolment enrolment, Activity activity, java.time.LocalDate day, boolean late) {
        Reservation reservation = Reservation.byStaff(enrolment, day, clock.instant(), late);
        if (!reservations.addIfAbsent(reservation)) {
            return reservations.activeOf(enrolment.child(), activity.id(), day)
                    .map(r -> new BookDayResult(Outcome.ALREADY_BOOKED, r.id(), false, false))
                    .orElseGet(() -> BookDayResult.of(Outcome.ALREADY_BOOKED));
        }
        if (!activityDays.takePlace(activity.id(), day, activity.capacity().places())) {
            reservations.withdraw(reservation.id());
            return BookDayResult.of(Outcome.FULL);
        }
        return new BookDayResult(Outcome.BOOKED, reservation.id(), false, false);
    }
}
