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
        Checked checked = check(command.familyId(), command.childId(), command.activityId(), command.day());
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Activity activity = checked.activity();
        boolean late = checked.late();
        if (late && !command.overrideDeadline()) {
            return BookDayResult.of(Outcome.DEADLINE_PASSED);
        }
        BookDayResult result = book(checked.enrolment(), activity, command.day(), late);
        if (result.outcome() == Outcome.BOOKED) {
            acting.done(command, activity, childName.get(), StaffAction.Kind.BOOKED, late);
        }
        return result;
    }

    @Override
    public BookDayResult bookDayForFamily(BookDayCommand command) {
        Checked checked = check(command.familyId(), command.childId(), command.activityId(), command.day());
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        return book(checked.enrolment(), checked.activity(), command.day(), checked.late());
    }

    /** What both ways of booking check first: a refusal, or the enrolment, the activity and whether it is late. */
    private record Checked(BookDayResult refusal, Enrolment enrolment, Activity activity, boolean late) {

        static Checked refused(BookDayResult refusal) {
            return new Checked(refusal, null, null, false);
        }
    }

    private Checked check(org.portailfamille.shared.FamilyId familyId, org.portailfamille.shared.ChildId childId,
                          java.util.UUID activityId, java.time.LocalDate day) {
        Activity activity = days.activity(activityId);
        CalendarContext calendar = days.calendarOf(activity);
        Optional<PlanningDays.Problem> problem = days.problemWith(activity, calendar, day);
        if (problem.isPresent()) {
            return Checked.refused(BookDayResult.of(Outcome.valueOf(problem.get().name())));
        }
        Optional<Enrolment> enrolment = days.enrolment(familyId, childId, activity, day);
        if (enrolment.isEmpty()) {
            return Checked.refused(BookDayResult.of(Outcome.NOT_ENROLLED));
        }
        Optional<Reservation> existing = reservations.activeOf(childId, activity.id(), day);
        if (existing.isPresent()) {
            return Checked.refused(new BookDayResult(Outcome.ALREADY_BOOKED, existing.get().id(), false, false));
        }
        boolean late = !activity.deadlines().canBook(day, LocalDateTime.now(clock), calendar);
        return new Checked(null, enrolment.get(), activity, late);
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
