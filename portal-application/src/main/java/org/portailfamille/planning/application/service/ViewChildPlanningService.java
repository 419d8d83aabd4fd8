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
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.application.port.out.ActivitySetUps;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.SchoolHolidayDays;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Attendance;
import org.portailfamille.planning.domain.DayFacts;
import org.portailfamille.planning.domain.GridDay;
import org.portailfamille.planning.domain.GridStatusPolicy;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.planning.domain.CalendarContext;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.planning.domain.Facility;
import org.portailfamille.planning.domain.Reservation;
import org.portailfamille.planning.domain.ReservationStatus;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
import java.util.UUID;

/**
 * The planning grid of a child for a month: see {@link ViewChildPlanningUseCase} for the meaning of each status and
 * action. Every record of the month is read once per activity (reservations, absences, register lines, place
 * counters, waiting days); the facts of each day are handed to the domain's {@link GridStatusPolicy}, which decides
 * the cell's status and actions (ADR 0014, ADR 0016).
 */
public class ViewChildPlanningService implements ViewChildPlanningUseCase {

    private final ActivitySetUps setUps;
    private final ListChildrenUseCase children;
    private final GetFamilySummaryUseCase families;
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
                                    ActivitySetUps setUps, Enrolments enrolments, Reservations reservations, Absences absences,
                                    Attendances attendances, ActivityDays activityDays, WaitingLists waitingLists,
                                    PlaceOffers offers, SchoolHolidayDays schoolHolidays,
                                    Clock clock) {
        this.setUps = setUps;
        this.children = children;
        this.families = families;
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
        return grid(familyId, childId, month, month.atDay(1), month.atEndOfMonth(), null);
    }

    /** One cell: the same facts as the month's, read for that day and activity only (issue 14). */
    @Override
    public Optional<ChildPlanning> childPlanningDay(FamilyId familyId, ChildId childId, UUID activityId,
                                                    LocalDate day) {
        return grid(familyId, childId, YearMonth.from(day), day, day, new ActivityId(activityId));
    }

    private Optional<ChildPlanning> grid(FamilyId familyId, ChildId childId, YearMonth month, LocalDate from,
                                         LocalDate to, @Nullable ActivityId only) {
        Optional<ChildSummary> child = children.children(familyId).stream()
                .filter(summary -> summary.childId().equals(childId)).findFirst();
        if (child.isEmpty()) {
            return Optional.empty();
        }
        String guardian = families.familySummary(familyId).map(ViewChildPlanningService::guardianName).orElse("");
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        ZonedDateTime now = ZonedDateTime.now(clock);

        List<Enrolment> ofFamily = enrolments.ofChild(childId).stream()
                .filter(enrolment -> enrolment.family().equals(familyId))
                .filter(enrolment -> only == null || enrolment.activity().equals(only)).toList();
        Map<ActivityId, List<Enrolment>> inMonth = new LinkedHashMap<>();
        List<ChildEnrolmentView> current = new ArrayList<>();
        // the set-up of every activity at once (kept in memory while PostgreSQL's set-up version stays the same)
        Map<ActivityId, ActivitySetUps.SetUp> setUpOf = setUps.setUpsOf(
                ofFamily.stream().map(Enrolment::activity).distinct().toList());
        Map<ActivityId, Activity> activityOf = new HashMap<>();
        Map<ActivityId, Facility> facilityOf = new HashMap<>();
        for (Enrolment enrolment : ofFamily) {
            ActivitySetUps.SetUp setUp = setUpOf.get(enrolment.activity());
            if (setUp == null) {
                throw new IllegalStateException("Unknown activity " + enrolment.activity());
            }
            Activity activity = setUp.activity();
            Facility facility = setUp.facility();
            activityOf.put(enrolment.activity(), activity);
            facilityOf.put(enrolment.activity(), facility);
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

        // places taken and days waited: one query each for every row of the grid
        Map<ActivityId, Map<LocalDate, Integer>> takenOf = activityDays.takenBetween(inMonth.keySet(), from, to);
        Map<ActivityId, Set<LocalDate>> waitedOf = waitingLists.daysWaitedBy(childId, inMonth.keySet(), from, to);
        List<PlanningRow> rows = new ArrayList<>();
        for (Map.Entry<ActivityId, List<Enrolment>> entry : inMonth.entrySet()) {
            Activity activity = activityOf.get(entry.getKey());
            Facility facility = facilityOf.get(entry.getKey());
            ActivitySetUps.SetUp setUp = setUpOf.get(entry.getKey());
            CalendarContext calendar = CalendarContext.of(setUp.closures(), activity.facility(), activity.id());
            Map<LocalDate, Integer> taken = takenOf.getOrDefault(activity.id(), Map.of());
            Set<LocalDate> waited = waitedOf.getOrDefault(activity.id(), Set.of());
            List<BookingPeriod> periods = setUp.bookingPeriods();
            List<PlanningCell> cells = new ArrayList<>();
            for (LocalDate day : days) {
                Key key = new Key(activity.id(), day);
                Optional<Enrolment> enrolment = entry.getValue().stream().filter(e -> e.covers(day)).findFirst();
                PlaceOffers.Pending offer = offerOf.get(key);
                DayFacts facts = new DayFacts(day, activity, calendar, enrolment.orElse(null),
                        activeBookings.get(key), latestBookings.get(key), absenceOf.get(key),
                        attendanceOf.get(key), offer == null ? null : offer.offer(), waited.contains(day),
                        taken.getOrDefault(day, 0) >= activity.capacity().places(),
                        holidays.get(day), periods.stream().filter(p -> p.covers(day)).findFirst().orElse(null));
                cells.add(cellOf(GridStatusPolicy.decide(facts, now), day, offer));
            }
            rows.add(new PlanningRow(activity.id().value(), facility.name(), activity.name(), guardian, cells,
                    activity.season().kind().name()));
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

    /** The policy's decision, in the API's words, with the place offer the family may accept. */
    private static PlanningCell cellOf(GridDay decided, LocalDate day, PlaceOffers.@Nullable Pending offer) {
        return new PlanningCell(day, CellStatus.valueOf(decided.status().name()),
                decided.actions().stream().map(action -> CellAction.valueOf(action.name())).toList(),
                decided.changeableUntil(),
                decided.unavailable() == null ? null : CellUnavailability.valueOf(decided.unavailable().name()),
                offer == null ? null : offer.id(), offer == null ? null : offer.offer().expiresAt());
    }
}
