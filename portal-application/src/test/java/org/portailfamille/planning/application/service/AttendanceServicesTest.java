package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.PlanningRequestDecision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.AttendanceRecorded;
import org.portailfamille.planning.AttendanceRecorded.Outcome;
import org.portailfamille.planning.application.port.in.AttendanceRegister;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildResult;
import org.portailfamille.planning.application.port.in.ReassessAttendanceCommand;
import org.portailfamille.planning.application.port.in.RecordAttendanceCommand;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult.Code;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult.Problem;
import org.portailfamille.planning.application.port.in.RegisterLine;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.out.AttendanceEvents;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceReason;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.AttendanceOutcome;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.ClosureReason;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationOrigin;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Regular days booked at enrolment, and the daily register: its lines, outcomes, replacement, checks and events. */
class AttendanceServicesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 1 March 2027, 10:00 in Paris. */
    static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2027, 3, 1, 10, 0);
    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);
    static final LocalDate EASTER_MONDAY = LocalDate.of(2027, 3, 29);

    final InMemoryPlanning store = new InMemoryPlanning();
    final MutableClock clock =
            new MutableClock(MONDAY_MORNING.atZone(PARIS).toInstant(), PARIS);
    final List<AttendanceRecorded> published = new ArrayList<>();
    final AttendanceEvents events = published::add;

    final SetUpFacilityService setUpFacility = new SetUpFacilityService(store.facilities);
    final SetUpActivityService setUpActivity = new SetUpActivityService(store.facilities, store.activities);
    final EnrolChildService enrol = new EnrolChildService(store.days, store.activities, store.enrolments,
            store.reservations, store.activityDays, (from, to) -> java.util.Map.of(), clock);
    final BookDayService book = new BookDayService(store.days, store.reservations, store.activityDays,
            store.waitingLists, store.bookingPeriods, store.requestRecords, clock);
    final ViewAttendanceRegisterService view = new ViewAttendanceRegisterService(store.days, store.activities,
            store.facilities, store.enrolments, store.reservations, store.absences, store.attendances, clock);
    final RecordAttendanceService record = new RecordAttendanceService(store.days, store.enrolments,
            store.reservations, store.absences, store.attendances, events, clock);
    final ReassessAttendanceService reassess = new ReassessAttendanceService(store.activities, store.absences,
            store.attendances, events, clock);

    UUID activity;
    UUID regie = UUID.randomUUID();

    record Kid(FamilyId family, ChildId child) {
    }

    @BeforeEach
    void setUp() {
        UUID facility = setUpFacility.setUpFacility(new SetUpFacilityCommand("ALSH Les Pins"));
        activity = setUpActivity.setUpActivity(new SetUpActivityCommand(facility, regie, "Mercredi loisirs",
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 4, 1, "VALIDATED_BY_STAFF",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
    }

    Kid kid() {
        return new Kid(FamilyId.newId(), ChildId.newId());
    }

    EnrolChildResult enrol(Kid kid, LocalDate from, LocalDate to, Set<DayOfWeek> regular) {
        return enrol.enrolChild(new EnrolChildCommand(kid.family(), kid.child(), activity, from, to, regular));
    }

    Kid enrolled() {
        Kid kid = kid();
        enrol(kid, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 6), Set.of());
        return kid;
    }

    List<LocalDate> regularDaysOf(Kid kid) {
        return store.reservationRows.values().stream()
                .filter(r -> r.child().equals(kid.child()) && r.status().isActive())
                .map(r -> {
                    assertThat(r.origin()).isEqualTo(ReservationOrigin.REGULAR);
                    assertThat(r.status()).as("regular days need no validation").isEqualTo(ReservationStatus.CONFIRMED);
                    return r.day();
                }).sorted().toList();
    }

    int taken(LocalDate day) {
        return store.activityDays.taken(new ActivityId(activity), day).orElse(0);
    }

    Activity stored() {
        return store.activityRows.get(new ActivityId(activity));
    }

    // --- regular days

    @Test
    void regular_days_are_booked_from_today_skipping_public_holidays_closures_and_full_days() {
        store.closures.add(Closure.ofFacility(stored().facility(), new DateRange(LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 10)), ClosureReason.STRIKE, ""), stored());
        LocalDate full = LocalDate.of(2027, 3, 17);
        for (int i = 0; i < 4; i++) {
            Kid other = enrolled();
            book.bookDay(new BookDayCommand(other.family(), other.child(), activity, full));
        }
        assertThat(taken(full)).isEqualTo(4);

        Kid kid = kid();
        EnrolChildResult result = enrol(kid, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 4, 7),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));

        assertThat(regularDaysOf(kid)).containsExactly(
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 8),
                LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 24),
                LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 7));
        assertThat(result.regularDaysBooked()).isEqualTo(9);
        assertThat(result.daysWithoutPlace()).as("the full Wednesday is returned for staff").containsExactly(full);
        assertThat(taken(LocalDate.of(2027, 3, 3))).isEqualTo(1);
        assertThat(taken(full)).isEqualTo(4);
        assertThat(taken(EASTER_MONDAY)).as("Easter Monday is a public holiday").isZero();
        assertThat(taken(LocalDate.of(2027, 3, 10))).as("closed").isZero();
        assertThat(store.enrolmentRows).anyMatch(e -> e.id().equals(result.enrolmentId()));
    }

    @Test
    void an_enrolment_without_regular_days_books_nothing_and_regular_days_must_be_days_the_activity_runs() {
        Kid kid = kid();
        EnrolChildResult result = enrol(kid, MONDAY, LocalDate.of(2027, 4, 7), Set.of());
        assertThat(result.regularDaysBooked()).isZero();
        assertThat(store.reservationRows).isEmpty();
        assertThatThrownBy(() -> enrol(kid(), MONDAY, LocalDate.of(2027, 4, 7), Set.of(DayOfWeek.TUESDAY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.reservationRows).isEmpty();
    }

    @Test
    void a_day_already_booked_by_the_child_stays_as_it_is() {
        Kid kid = kid();
        store.enrolmentRows.clear();
        enrol(kid, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 28), Set.of());
        EnrolChildResult result = enrol(kid, MONDAY, LocalDate.of(2027, 3, 5), Set.of(DayOfWeek.WEDNESDAY));
        assertThat(result.regularDaysBooked()).isEqualTo(1);
        assertThat(taken(WEDNESDAY)).isEqualTo(1);
    }

    // --- the register

    /** Wednesday 3 March at 17:00: the register of that day can be recorded. */
    void wednesdayEvening() {
        clock.set(WEDNESDAY.atTime(17, 0).atZone(PARIS).toInstant());
    }

    Kid regularOnWednesdays() {
        Kid kid = kid();
        enrol(kid, MONDAY, LocalDate.of(2027, 3, 31), Set.of(DayOfWeek.WEDNESDAY));
        return kid;
    }

    RecordAttendanceResult mark(Map<ChildId, String> marks) {
        return record.recordAttendance(new RecordAttendanceCommand(activity, WEDNESDAY, marks, "agent.martin"));
    }

    Map<ChildId, String> marks(Object... childAndMark) {
        Map<ChildId, String> marks = new LinkedHashMap<>();
        for (int i = 0; i < childAndMark.length; i += 2) {
            marks.put(((Kid) childAndMark[i]).child(), (String) childAndMark[i + 1]);
        }
        return marks;
    }

    AttendanceOutcome outcomeOf(Kid kid) {
        return store.attendances.on(new ActivityId(activity), WEDNESDAY).stream()
                .filter(a -> a.child().equals(kid.child())).map(Attendance::outcome).findFirst().orElse(null);
    }

    void declareAbsence(Kid kid, AbsenceStatus status) {
        Absence absence = Absence.declare(kid.child(), kid.family(), new ActivityId(activity), WEDNESDAY,
                AbsenceReason.PERSONAL, "", null, clock.instant());
        store.absences.addIfAbsent(absence);
        if (status != AbsenceStatus.PENDING) {
            store.absences.rule(absence.id(), status, clock.instant());
        }
    }

    @Test
    void the_register_lists_the_expected_children_with_their_absence_and_the_enrolled_ones_to_add() {
        Kid regular = regularOnWednesdays();
        Kid booked = enrolled();
        book.bookDay(new BookDayCommand(booked.family(), booked.child(), activity, WEDNESDAY));
        Kid notBooked = enrolled();
        declareAbsence(booked, AbsenceStatus.PENDING);
        wednesdayEvening();

        AttendanceRegister register = view.register(activity, WEDNESDAY).orElseThrow();
        assertThat(register.activityName()).isEqualTo("Mercredi loisirs");
        assertThat(register.facilityName()).isEqualTo("ALSH Les Pins");
        assertThat(register.dayStatus()).isEqualTo("OPEN");
        assertThat(register.recordable()).isTrue();
        assertThat(register.lines()).extracting(RegisterLine::child)
                .containsExactlyInAnyOrder(regular.child(), booked.child());
        RegisterLine regularLine = line(register, regular);
        assertThat(regularLine.regular()).isTrue();
        assertThat(regularLine.booked()).isTrue();
        assertThat(regularLine.mark()).isNull();
        RegisterLine bookedLine = line(register, booked);
        assertThat(bookedLine.regular()).isFalse();
        assertThat(bookedLine.absenceStatus()).isEqualTo("PENDING");
        assertThat(bookedLine.absenceReason()).isEqualTo("PERSONAL");
        assertThat(register.otherEnrolled()).containsExactly(notBooked.child());

        assertThat(view.register(UUID.randomUUID(), WEDNESDAY)).isEmpty();
        assertThat(view.register(activity, WEDNESDAY.plusDays(1)).orElseThrow().dayStatus())
                .isEqualTo("NOT_RUNNING_THAT_DAY");
        assertThat(view.register(activity, EASTER_MONDAY).orElseThrow().dayStatus()).isEqualTo("CLOSED");
        assertThat(view.register(activity, WEDNESDAY.plusDays(2)).orElseThrow().recordable())
                .as("a day to come").isFalse();
        assertThat(view.registerActivities()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Mercredi loisirs"));
    }

    static RegisterLine line(AttendanceRegister register, Kid kid) {
        return register.lines().stream().filter(l -> l.child().equals(kid.child())).findFirst().orElseThrow();
    }

    @Test
    void each_mark_has_its_outcome_and_publishes_it_for_billing() {
        Kid present = regularOnWednesdays();
        Kid absent = regularOnWednesdays();
        Kid excused = enrolled();
        book.bookDay(new BookDayCommand(excused.family(), excused.child(), activity, WEDNESDAY));
        Kid walkIn = enrolled();
        declareAbsence(excused, AbsenceStatus.EXCUSED);
        declareAbsence(absent, AbsenceStatus.BILLED);
        wednesdayEvening();

        RecordAttendanceResult result = mark(marks(present, "PRESENT", absent, "ABSENT", excused, "ABSENT",
                walkIn, "PRESENT"));

        assertThat(result.recorded()).isTrue();
        assertThat(result.linesRecorded()).isEqualTo(4);
        assertThat(outcomeOf(present)).isEqualTo(AttendanceOutcome.PRESENT_ON_BOOKING);
        assertThat(outcomeOf(absent)).isEqualTo(AttendanceOutcome.ABSENT_BILLED);
        assertThat(outcomeOf(excused)).isEqualTo(AttendanceOutcome.ABSENT_EXCUSED);
        assertThat(outcomeOf(walkIn)).isEqualTo(AttendanceOutcome.PRESENT_WITHOUT_BOOKING);
        assertThat(line(view.register(activity, WEDNESDAY).orElseThrow(), walkIn).flagged()).isTrue();
        assertThat(line(view.register(activity, WEDNESDAY).orElseThrow(), present).flagged()).isFalse();
        assertThat(store.attendances.on(new ActivityId(activity), WEDNESDAY))
                .allSatisfy(a -> assertThat(a.recordedBy()).isEqualTo("agent.martin"))
                .filteredOn(a -> a.child().equals(walkIn.child())).singleElement()
                .satisfies(a -> assertThat(a.booked()).isFalse());

        assertThat(published).hasSize(4);
        assertThat(published).filteredOn(e -> e.child().equals(walkIn.child())).singleElement().satisfies(e -> {
            assertThat(e.family()).isEqualTo(walkIn.family());
            assertThat(e.activity()).isEqualTo(new ActivityId(activity));
            assertThat(e.regieId()).isEqualTo(regie);
            assertThat(e.day()).isEqualTo(WEDNESDAY);
            assertThat(e.outcome()).isEqualTo(Outcome.PRESENT_WITHOUT_BOOKING);
            assertThat(e.absencePending()).isFalse();
        });
        assertThat(published).extracting(AttendanceRecorded::outcome).containsExactly(Outcome.PRESENT_ON_BOOKING,
                Outcome.ABSENT_BILLED, Outcome.ABSENT_EXCUSED, Outcome.PRESENT_WITHOUT_BOOKING);
    }

    @Test
    void marking_again_replaces_the_line_and_publishes_only_a_changed_outcome() {
        Kid kid = regularOnWednesdays();
        Kid other = regularOnWednesdays();
        wednesdayEvening();
        mark(marks(kid, "ABSENT", other, "PRESENT"));
        assertThat(published).hasSize(2);

        RecordAttendanceResult again = mark(marks(kid, "PRESENT", other, "PRESENT"));

        assertThat(again.linesRecorded()).isEqualTo(2);
        assertThat(again.linesChanged()).isEqualTo(1);
        assertThat(store.attendances.on(new ActivityId(activity), WEDNESDAY)).hasSize(2);
        assertThat(outcomeOf(kid)).isEqualTo(AttendanceOutcome.PRESENT_ON_BOOKING);
        assertThat(published).hasSize(3);
        assertThat(published.get(2).outcome()).isEqualTo(Outcome.PRESENT_ON_BOOKING);
        assertThat(published.get(2).child()).isEqualTo(kid.child());

        mark(marks(kid, "PRESENT"));
        assertThat(published).as("the same sheet posted twice has one effect").hasSize(3);
    }

    @Test
    void an_absence_pending_at_the_register_is_billed_until_ruled_then_reassessed() {
        Kid kid = regularOnWednesdays();
        declareAbsence(kid, AbsenceStatus.PENDING);
        wednesdayEvening();
        mark(marks(kid, "ABSENT"));
        assertThat(outcomeOf(kid)).isEqualTo(AttendanceOutcome.ABSENT_BILLED);
        assertThat(published).singleElement().satisfies(e -> assertThat(e.absencePending()).isTrue());
        ReassessAttendanceCommand reassessKid = new ReassessAttendanceCommand(kid.child(), activity, WEDNESDAY);
        assertThat(reassess.reassessAttendance(reassessKid)).as("still pending").isFalse();

        Absence absence = store.absences.of(kid.child(), new ActivityId(activity), WEDNESDAY).orElseThrow();
        store.absences.rule(absence.id(), AbsenceStatus.EXCUSED, clock.instant());
        assertThat(reassess.reassessAttendance(reassessKid)).isTrue();

        assertThat(outcomeOf(kid)).isEqualTo(AttendanceOutcome.ABSENT_EXCUSED);
        assertThat(published).hasSize(2);
        assertThat(published.get(1).outcome()).isEqualTo(Outcome.ABSENT_EXCUSED);
        assertThat(published.get(1).absencePending()).isFalse();
    }

    @Test
    void staff_ruling_an_absence_through_its_request_reassesses_the_register_line_in_the_same_step() {
        ApplyPlanningRequestDecisionService decisions = new ApplyPlanningRequestDecisionService(store.activities,
                store.reservations, store.absences, store.activityDays, store.freedPlaces, reassess, clock);
        Kid kid = regularOnWednesdays();
        declareAbsence(kid, AbsenceStatus.PENDING);
        wednesdayEvening();
        mark(marks(kid, "ABSENT"));
        assertThat(outcomeOf(kid)).isEqualTo(AttendanceOutcome.ABSENT_BILLED);
        Absence absence = store.absences.of(kid.child(), new ActivityId(activity), WEDNESDAY).orElseThrow();

        decisions.applyDecision(new PlanningRequestDecision(UUID.randomUUID(), "planning.absence",
                java.util.Map.of("absenceId", absence.id().toString()), true, null));

        assertThat(outcomeOf(kid)).isEqualTo(AttendanceOutcome.ABSENT_EXCUSED);
        assertThat(published.get(published.size() - 1).outcome()).isEqualTo(Outcome.ABSENT_EXCUSED);
        assertThat(published.get(published.size() - 1).absencePending()).isFalse();
    }

    @Test
    void a_pending_absence_ruled_billed_publishes_the_final_billed_outcome_and_a_present_child_is_not_reassessed() {
        Kid kid = regularOnWednesdays();
        Kid present = regularOnWednesdays();
        declareAbsence(kid, AbsenceStatus.PENDING);
        declareAbsence(present, AbsenceStatus.EXCUSED);
        wednesdayEvening();
        mark(marks(kid, "ABSENT", present, "PRESENT"));
        Absence absence = store.absences.of(kid.child(), new ActivityId(activity), WEDNESDAY).orElseThrow();
        store.absences.rule(absence.id(), AbsenceStatus.BILLED, clock.instant());

        assertThat(reassess.reassessAttendance(new ReassessAttendanceCommand(kid.child(), activity, WEDNESDAY)))
                .isTrue();
        assertThat(published.get(published.size() - 1).outcome()).isEqualTo(Outcome.ABSENT_BILLED);
        assertThat(published.get(published.size() - 1).absencePending()).isFalse();
        assertThat(reassess.reassessAttendance(new ReassessAttendanceCommand(present.child(), activity, WEDNESDAY)))
                .isFalse();
        assertThat(reassess.reassessAttendance(new ReassessAttendanceCommand(ChildId.newId(), activity, WEDNESDAY)))
                .isFalse();
    }

    @Test
    void a_sheet_with_a_problem_records_nothing() {
        Kid kid = regularOnWednesdays();
        Kid walkIn = enrolled();
        Kid stranger = kid();
        wednesdayEvening();

        assertThat(mark(marks(kid, "PRESENT", stranger, "PRESENT")).problems())
                .containsExactly(new Problem(Code.CHILD_NOT_ENROLLED, stranger.child()));
        assertThat(mark(marks(kid, "PRESENT", walkIn, "ABSENT")).problems())
                .containsExactly(new Problem(Code.ABSENT_WITHOUT_BOOKING, walkIn.child()));
        assertThat(mark(marks(kid, "<script>")).problems())
                .containsExactly(new Problem(Code.UNKNOWN_MARK, kid.child()));
        assertThat(mark(Map.of()).problems()).containsExactly(new Problem(Code.NOTHING_MARKED, null));
        assertThat(record.recordAttendance(new RecordAttendanceCommand(UUID.randomUUID(), WEDNESDAY,
                marks(kid, "PRESENT"), "agent")).problems()).containsExactly(new Problem(Code.UNKNOWN_ACTIVITY, null));
        assertThat(record.recordAttendance(new RecordAttendanceCommand(activity, WEDNESDAY.plusDays(1),
                marks(kid, "PRESENT"), "agent")).problems())
                .containsExactly(new Problem(Code.NOT_RUNNING_THAT_DAY, null));
        assertThat(record.recordAttendance(new RecordAttendanceCommand(activity, WEDNESDAY.plusDays(7),
                marks(kid, "PRESENT"), "agent")).problems()).containsExactly(new Problem(Code.FUTURE_DAY, null));
        clock.set(LocalDate.of(2027, 3, 30).atTime(9, 0).atZone(PARIS).toInstant());
        assertThat(record.recordAttendance(new RecordAttendanceCommand(activity, EASTER_MONDAY,
                marks(kid, "PRESENT"), "agent")).problems()).containsExactly(new Problem(Code.CLOSED, null));

        assertThat(store.attendanceRows).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void a_child_whose_booking_was_cancelled_is_no_longer_expected_but_may_be_recorded_present_as_enrolled() {
        Kid kid = regularOnWednesdays();
        Reservation reservation = store.reservations.activeOf(kid.child(), new ActivityId(activity), WEDNESDAY)
                .orElseThrow();
        store.reservations.cancel(reservation.id(), clock.instant());
        wednesdayEvening();
        assertThat(view.register(activity, WEDNESDAY).orElseThrow().otherEnrolled()).containsExactly(kid.child());
        mark(marks(kid, "PRESENT"));
        assertThat(outcomeOf(kid)).isEqualTo(AttendanceOutcome.PRESENT_WITHOUT_BOOKING);
    }
}
