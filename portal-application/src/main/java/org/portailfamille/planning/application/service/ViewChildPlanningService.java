package org.portailfamille.planning.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.CellAction;
import org.portailfamille.planning.application.port.in.CellStatus;
import org.portailfamille.planning.application.port.in.CellUnavailability;
import org.portailfamille.planning.application.port.in.ChildPlanning;
import org.portailfamille.planning.application.port.in.ChildEnrolmentView;
import org.portailfamille.planning.application.port.in.PlanningCell;
import org.portailfamille.planning.application.port.in.PlanningRow;
import org.portailfamille.planning.application.port.in.ViewChildPlanningUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.SchoolHolidayDays;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceStatus;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.planning.domain.AttendanceMark;
import org.portailfamille.planning.domain.AttendanceOutcome;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationOrigin;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planning grid of a child for a month: see {@link ViewChildPlanningUseCase} for the meaning of each status and
 * action. Every record of the month is read once per activity (reservations, absences, register lines, place
 * counters, waiting days) and the cells are computed in memory.
 */
public class ViewChildPlanningService implements ViewChildPlanningUseCase {

    /** How long after a booked day an absence may still be declared (a certificate often comes later). */
    static final int ABSENCE_DAYS_AFTER = 7;

    private final BookingPeriods bookingPeriods;
    private final ListChildrenUseCase children;
    private final GetFamilySummaryUseCase families;
    private final Activities activities;
    private final Facilities facilities;
    private final Closures closures;
    private final Enrolments enrolments;
    private final Reservations reservations;
    private final Absences absences;
    private final Attendances attendances;
    private final ActivityDays activityDays;
    private final WaitingLists waitingLists;
    private final PlaceOffers offers;
    private final SchoolHolidayDays schoolHolidays;
    private final Clock clock;

    /** The booking periods make a day whose booking has not opened (or has closed) say so. */
    public ViewChildPlanningService(ListChildrenUseCase children, GetFamilySummaryUseCase families,
                                    Activities activities, Facilities facilities, Closures closures,
                                    Enrolments enrolments, Reservations reservations, Absences absences,
                                    Attendances attendances, ActivityDays activityDays, WaitingLists waitingLists,
                                    PlaceOffers offers, SchoolHolidayDays schoolHolidays,
                                    BookingPeriods bookingPeriods, Clock clock) {
        this.bookingPeriods = bookingPeriods;
        this.children = children;
        this.families = families;
        this.activities = activities;
        this.facilities = facilities;
        this.closures = closures;
        this.enrolments = enrolments;
        this.reservations = reservations;
        this.absences = absences;
        this.attendances = attendances;
        this.activityDays = activityDays;
        this.waitingLists = waitingLists;
        this.offers = offers;
        this.schoolHolidays = schoolHolidays;
        this.clock = clock;
    }

    private record Key(ActivityId activity, LocalDate day) {
    }

    @Override
    public Optional<ChildPlanning> childPlanning(FamilyId familyId, ChildId childId, YearMonth month) {
        Optional<ChildSummary> child = children.children(familyId).stream()
                .filter(summary -> summary.childId().equals(childId)).findFirst();
        if (child.isEmpty()) {
            return Optional.empty();
        }
        String guardian = families.familySummary(familyId).map(ViewChildPlanningService::guardianName).orElse("");
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        LocalDateTime now = LocalDateTime.now(clock);

        List<Enrolment> ofFamily = enrolments.ofChild(childId).stream()
                .filter(enrolment -> enrolment.family().equals(familyId)).toList();
        Map<ActivityId, List<Enrolment>> inMonth = new LinkedHashMap<>();
        List<ChildEnrolmentView> current = new ArrayList<>();
        Map<ActivityId, Activity> activityOf = new HashMap<>();
        Map<ActivityId, Facility> facilityOf = new HashMap<>();
        for (Enrolment enrolment : ofFamily) {
            Activity activity = activityOf.computeIfAbsent(enrolment.activity(), id -> activities.byId(id)
                    .orElseThrow(() -> new IllegalStateException("Unknown activity " + id)));
            Facility facility = facilityOf.computeIfAbsent(enrolment.activity(), id -> facilities
                    .byId(activity.facility())
                    .orElseThrow(() -> new IllegalStateException("Unknown facility " + activity.facility())));
            if (enrolment.overlaps(new org.portailfamille.shared.DateRange(from, to))) {
                inMonth.computeIfAbsent(enrolment.activity(), id -> new ArrayList<>()).add(enrolment);
            }
            if (!enrolment.period().end().isBefore(from)) {
                current.add(new ChildEnrolmentView(activity.id().value(), facility.name(), activity.name(),
                        enrolment.period().start(), enrolment.period().end(), enrolment.regularDays()));
            }
        }

        Map<Key, Reservation> activeBookings = new HashMap<>();
        Map<Key, Reservation> latestBookings = new HashMap<>();
        for (Reservation reservation : reservations.ofChild(childId, from, to)) {
            if (!reservation.family().equals(familyId)) {
                continue;
            }
            Key key = new Key(reservation.activity(), reservation.day());
            if (reservation.status().isActive()) {
                activeBookings.put(key, reservation);
            }
            if (reservation.status() != ReservationStatus.CANCELLED) {
                latestBookings.put(key, reservation);
            }
        }
        Map<Key, Absence> absenceOf = new HashMap<>();
        for (Absence absence : absences.ofChild(childId, from, to)) {
            if (absence.family().equals(familyId)) {
                absenceOf.put(new Key(absence.activity(), absence.day()), absence);
            }
        }
        Map<Key, Attendance> attendanceOf = new HashMap<>();
        for (Attendance attendance : attendances.ofChild(childId, from, to)) {
            if (attendance.family().equals(familyId)) {
                attendanceOf.put(new Key(attendance.activity(), attendance.day()), attendance);
            }
        }
        Map<Key, PlaceOffers.Pending> offerOf = new HashMap<>();
        for (PlaceOffers.Pending pending : offers.pendingOf(familyId)) {
            if (pending.offer().child().equals(childId) && pending.offer().canBeAccepted(clock.instant())) {
                offerOf.put(new Key(pending.offer().activity(), pending.offer().day()), pending);
            }
        }
        Map<LocalDate, SchoolHoliday.Kind> holidays = schoolHolidays.between(from, to);

        List<PlanningRow> rows = new ArrayList<>();
        for (Map.Entry<ActivityId, List<Enrolment>> entry : inMonth.entrySet()) {
            Activity activity = activityOf.get(entry.getKey());
            Facility facility = facilityOf.get(entry.getKey());
            CalendarContext calendar = CalendarContext.of(closures.closing(activity), activity.facility(),
                    activity.id());
            Map<LocalDate, Integer> taken = activityDays.takenBetween(activity.id(), from, to);
            Set<LocalDate> waited = waitingLists.daysWaitedBy(childId, activity.id(), from, to);
            List<BookingPeriod> periods = bookingPeriods.of(activity.id());
            List<PlanningCell> cells = new ArrayList<>();
            for (LocalDate day : days) {
                Key key = new Key(activity.id(), day);
                Optional<Enrolment> enrolment = entry.getValue().stream().filter(e -> e.covers(day)).findFirst();
                DayFacts facts = new DayFacts(day, activity, calendar, enrolment.orElse(null),
                        activeBookings.get(key), latestBookings.get(key), absenceOf.get(key),
                        attendanceOf.get(key), offerOf.get(key), waited.contains(day),
                        taken.getOrDefault(day, 0) >= activity.capacity().places(),
                        holidays.get(day), periods.stream().filter(p -> p.covers(day)).findFirst().orElse(null));
                cells.add(cellOf(facts, now));
            }
            rows.add(new PlanningRow(activity.id().value(), facility.name(), activity.name(), guardian, cells));
        }
        rows.sort(Comparator.comparing(PlanningRow::facilityName).thenComparing(PlanningRow::activityName));
        current.sort(Comparator.comparing(ChildEnrolmentView::facilityName).thenComparing(ChildEnrolmentView::activityName)
                .thenComparing(ChildEnrolmentView::firstDay));
        return Optional.of(new ChildPlanning(childId, child.get().firstName(), child.get().lastName(), month, days,
                rows, current));
    }

    /** "DUPONT JEAN", as the guide's Responsable column writes the guardian. */
    static String guardianName(FamilySummary summary) {
        return (summary.lastName() + " " + summary.firstName()).strip().toUpperCase(Locale.FRENCH);
    }

    /** What is known of one day of one activity for the child. */
    record DayFacts(LocalDate day, Activity activity, CalendarContext calendar, @Nullable Enrolment enrolment,
                    @Nullable Reservation active, @Nullable Reservation latest, @Nullable Absence absence,
                    @Nullable Attendance attendance, PlaceOffers.@Nullable Pending offer, boolean waiting,
                    boolean full, SchoolHoliday.@Nullable Kind holiday, @Nullable BookingPeriod period) {

        boolean closedOrHoliday() {
            return calendar.isPublicHoliday(day) || calendar.isClosed(day);
        }
    }

    PlanningCell cellOf(DayFacts facts, LocalDateTime now) {
        CellStatus status = statusOf(facts);
        List<CellAction> actions = new ArrayList<>();
        LocalDateTime until = null;
        CellUnavailability why = null;
        Activity activity = facts.activity();
        LocalDate day = facts.day();
        if (facts.enrolment() == null) {
            why = CellUnavailability.NOT_ENROLLED;
        } else if (!activity.runsOn(day)) {
            why = CellUnavailability.NOT_RUNNING;
        } else if (facts.closedOrHoliday()) {
            why = CellUnavailability.CLOSED;
        } else if (facts.attendance() != null) {
            why = CellUnavailability.RECORDED;
        } else if (facts.active() != null) {
            Optional<LocalDateTime> cancelUntil = activity.deadlines().cancellationDeadlineFor(day,
                    facts.calendar());
            if (cancelUntil.isEmpty()) {
                why = CellUnavailability.CANCELLATION_NOT_ALLOWED;
            } else if (facts.absence() == null && !now.isAfter(cancelUntil.get())) {
                actions.add(CellAction.CANCEL);
                until = cancelUntil.get();
            } else {
                why = CellUnavailability.DEADLINE_PASSED;
            }
            if (facts.absence() == null && facts.active().status() == ReservationStatus.CONFIRMED
                    && !now.toLocalDate().isAfter(day.plusDays(ABSENCE_DAYS_AFTER))) {
                actions.add(CellAction.DECLARE_ABSENCE);
            }
        } else if (facts.absence() == null) {
            LocalDateTime bookUntil = activity.deadlines().bookingDeadlineFor(day, facts.calendar());
            BookingPeriod period = facts.period();
            if (period != null && period.isNotOpenYet(now)) {
                why = CellUnavailability.NOT_OPEN_YET;
            } else if (period != null && period.isClosedAt(now)) {
                why = CellUnavailability.BOOKING_CLOSED;
            } else if (now.isAfter(bookUntil)) {
                why = CellUnavailability.DEADLINE_PASSED;
            } else if (facts.offer() != null) {
                actions.add(CellAction.ACCEPT_OFFER);
                until = bookUntil;
            } else if (facts.waiting()) {
                why = CellUnavailability.FULL;
                until = bookUntil;
            } else if (facts.full()) {
                actions.add(CellAction.JOIN_WAITING_LIST);
                why = CellUnavailability.FULL;
                until = bookUntil;
            } else {
                actions.add(CellAction.BOOK);
                until = bookUntil;
            }
        }
        PlaceOffers.Pending offer = facts.offer();
        return new PlanningCell(day, status, actions, until, why, offer == null ? null : offer.id(),
                offer == null ? null : offer.offer().expiresAt());
    }

    CellStatus statusOf(DayFacts facts) {
        Attendance attendance = facts.attendance();
        Absence absence = facts.absence();
        boolean closed = facts.closedOrHoliday() || !facts.activity().runsOn(facts.day());
        if (attendance != null) {
            if (attendance.mark() == AttendanceMark.PRESENT && closed) {
                return CellStatus.ERROR;
            }
            AttendanceOutcome outcome = attendance.outcome();
            if (outcome == AttendanceOutcome.PRESENT_ON_BOOKING) {
                return CellStatus.PRESENT_ON_BOOKING;
            }
            if (outcome == AttendanceOutcome.PRESENT_WITHOUT_BOOKING) {
                Enrolment enrolment = facts.enrolment();
                return enrolment != null && !enrolment.regularDays().isEmpty() ? CellStatus.OUT_OF_CONTRACT
                        : CellStatus.PRESENT;
            }
            if (absence != null && absence.status() != AbsenceStatus.PENDING) {
                return absenceStatus(facts, absence);
            }
            return outcome == AttendanceOutcome.ABSENT_EXCUSED ? CellStatus.ABSENT_EXCUSED : CellStatus.ABSENT_BILLED;
        }
        if (absence != null) {
            return absenceStatus(facts, absence);
        }
        if (facts.active() != null && facts.closedOrHoliday()) {
            return CellStatus.ERROR;
        }
        if (facts.calendar().isPublicHoliday(facts.day())) {
            return CellStatus.PUBLIC_HOLIDAY;
        }
        if (facts.calendar().isClosed(facts.day())) {
            return CellStatus.CLOSED;
        }
        Reservation active = facts.active();
        if (active != null) {
            if (active.status() == ReservationStatus.AWAITING_VALIDATION) {
                return CellStatus.BOOKING_PENDING;
            }
            return active.origin() == ReservationOrigin.REGULAR ? CellStatus.REGULAR : CellStatus.BOOKED;
        }
        if (facts.offer() != null || facts.waiting()) {
            return CellStatus.WAITING;
        }
        Reservation latest = facts.latest();
        if (latest != null && latest.status() == ReservationStatus.REFUSED) {
            return CellStatus.BOOKING_REFUSED;
        }
        if (facts.holiday() != null) {
            return facts.holiday() == SchoolHoliday.Kind.SUMMER ? CellStatus.SUMMER_HOLIDAY
                    : CellStatus.SHORT_HOLIDAY;
        }
        return facts.activity().runsOn(facts.day()) ? CellStatus.EMPTY : CellStatus.NOT_RUNNING;
    }

    private CellStatus absenceStatus(DayFacts facts, Absence absence) {
        if (absence.status() == AbsenceStatus.PENDING) {
            return CellStatus.ABSENCE_PENDING;
        }
        if (absence.status() == AbsenceStatus.BILLED) {
            return CellStatus.ABSENT_BILLED;
        }
        if (absence.reason().isMedical()) {
            return CellStatus.ABSENT_EXCUSED;
        }
        LocalDateTime declared = LocalDateTime.ofInstant(absence.declaredAt(), clock.getZone());
        LocalDateTime inTimeUntil = facts.activity().deadlines()
                .cancellationDeadlineFor(facts.day(), facts.calendar())
                .orElseGet(() -> facts.activity().deadlines().bookingDeadlineFor(facts.day(), facts.calendar()));
        return declared.isAfter(inTimeUntil) ? CellStatus.ABSENT_EXCUSED : CellStatus.LEAVE;
    }
}
