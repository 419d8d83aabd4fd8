package org.portailfamille.demo;

import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.billing.application.port.in.ListRegiesUseCase;
import org.portailfamille.billing.application.port.in.RegieSummary;
import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.ChangeActivityUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.planning.application.port.in.AddSchoolHolidayCommand;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.CloseDaysCommand;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.DeclareAbsenceCommand;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.DeclareAbsenceUseCase;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListUseCase;
import org.portailfamille.planning.application.port.in.ManageClosuresUseCase;
import org.portailfamille.planning.application.port.in.ManageSchoolCalendarUseCase;
import org.portailfamille.planning.application.port.in.RecordAttendanceCommand;
import org.portailfamille.planning.application.port.in.RecordAttendanceUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.portailfamille.platform.demo.ConditionalOnDemoMode;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The guide's planning, placed in the current month: the two facilities and the guide's seven activity rows, LÉA
 * DUPONT enrolled in all of them (regular days at the after-school care and the canteen), TOM in two, and through
 * the use cases, in the current month: bookings confirmed, awaiting validation and refused, presences (on booking,
 * without booking, outside the regular schedule), an absence billed, an absence excused with its certificate, a
 * leave (Congé), an absence awaiting a ruling, a waiting list, a closure and, after the fact, a presence on a day
 * then closed (Erreur). Public and school holidays show where the calendar puts them. Every step goes through the
 * same use cases as the pages; a step that the current date makes impossible (e.g. no past day yet in the month) is
 * skipped and logged.
 */
@Component
@ConditionalOnDemoMode
class DemoPlanningLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanningLoader.class);
    private static final String PARENT = "jean.dupont";
    private static final String AGENT = "agent";
    private static final Set<DayOfWeek> SCHOOL_DAYS = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final byte[] CERTIFICATE = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
            + "% Certificat médical de démonstration\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

    private final SetUpFacilityUseCase setUpFacility;
    private final SetUpActivityUseCase setUpActivity;
    private final ManageSchoolCalendarUseCase calendar;
    private final EnrolChildUseCase enrol;
    private final BookDayUseCase book;
    private final BookDayForFamilyUseCase bookForFamily;
    private final JoinWaitingListUseCase joinWaitingList;
    private final DeclareAbsenceUseCase declareAbsence;
    private final RecordAttendanceUseCase recordAttendance;
    private final ManageClosuresUseCase closures;
    private final ViewRequestQueueUseCase queue;
    private final DecideRequestUseCase decide;
    private final ListChildrenUseCase children;
    private final RegisterChildUseCase registerChild;
    private final ListRegiesUseCase regies;
    private final org.portailfamille.messaging.application.port.in.ChangeContactDetailsUseCase contacts;
    private final Clock clock;
    private final ChangeActivityUseCase changeActivity;
    private final ViewPlanningSetUpUseCase setUpView;

    DemoPlanningLoader(SetUpFacilityUseCase setUpFacility, SetUpActivityUseCase setUpActivity,
                       ManageSchoolCalendarUseCase calendar, EnrolChildUseCase enrol, BookDayUseCase book,
                       BookDayForFamilyUseCase bookForFamily, JoinWaitingListUseCase joinWaitingList,
                       DeclareAbsenceUseCase declareAbsence, RecordAttendanceUseCase recordAttendance,
                       ManageClosuresUseCase closures, ViewRequestQueueUseCase queue, DecideRequestUseCase decide,
                       ListChildrenUseCase children, RegisterChildUseCase registerChild, ListRegiesUseCase regies,
                       org.portailfamille.messaging.application.port.in.ChangeContactDetailsUseCase contacts,
                       Clock clock, ChangeActivityUseCase changeActivity, ViewPlanningSetUpUseCase setUpView) {
        this.changeActivity = changeActivity;
        this.setUpView = setUpView;
        this.contacts = contacts;
        this.setUpFacility = setUpFacility;
        this.setUpActivity = setUpActivity;
        this.calendar = calendar;
        this.enrol = enrol;
        this.book = book;
        this.bookForFamily = bookForFamily;
        this.joinWaitingList = joinWaitingList;
        this.declareAbsence = declareAbsence;
        this.recordAttendance = recordAttendance;
        this.closures = closures;
        this.queue = queue;
        this.decide = decide;
        this.children = children;
        this.registerChild = registerChild;
        this.regies = regies;
        this.clock = clock;
    }

    private void contact(@org.jspecify.annotations.Nullable UUID facility, String address, String phone, String email) {
        var problems = contacts.changeContactDetails(
                new org.portailfamille.messaging.application.port.in.ChangeContactDetailsCommand(facility, address,
                        phone, email));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo contacts refused: " + problems);
        }
    }

    /** The demo's activities, for the billing demo. */
    record Activities(UUID wednesdayAfternoon, UUID wednesdayDay, UUID holidayAfternoon, UUID holidayDay,
                      UUID holidayMorning, UUID morningCare, UUID canteen) {
    }

    /**
     * Loads the planning of the DUPONT family; {@code neighbour} gets a child who takes a place. The enrolments
     * start with the school year, or two months before the current one if that is earlier (the months the billing
     * demo invoices).
     */
    Activities load(FamilyId dupont, FamilyId neighbour) {
        LocalDate today = LocalDate.now(clock);
        SchoolYear year = SchoolYear.containing(today);
        loadSchoolHolidays(year);
        UUID regie = regies.regies().stream().findFirst().map(RegieSummary::id)
                .orElseThrow(() -> new IllegalStateException("The demo régie comes first"));

        UUID alsh = setUpFacility.setUpFacility(new SetUpFacilityCommand("Accueil de Loisirs ALSH"));
        UUID garderie = setUpFacility.setUpFacility(new SetUpFacilityCommand("Garderie périscolaire"));
        // the footer and the Contact page show the municipality's and each facility's contacts (kept by staff)
        contact(null, "Mairie de Saint-Jean, service Enfance\n1 place de la Mairie\n31000 Saint-Jean", "05 61 00 00 00",
                "enfance@saint-jean.example");
        contact(alsh, "Accueil de Loisirs ALSH\n12 chemin des Écoliers\n31000 Saint-Jean", "05 61 00 00 10",
                "alsh@saint-jean.example");
        contact(garderie, "Garderie périscolaire, école Jules Ferry\n3 rue des Tilleuls\n31000 Saint-Jean",
                "05 61 00 00 20", "garderie@saint-jean.example");
        DeadlineRule eveAt18 = DeadlineRule.daysBefore(1, LocalTime.of(18, 0));
        DeadlineRule twoDaysAtNoon = new DeadlineRule(DeadlineRule.DAYS_BEFORE, 2, 0, LocalTime.NOON,
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), true, true);
        Set<DayOfWeek> wednesday = EnumSet.of(DayOfWeek.WEDNESDAY);
        // Seasons (ADR 0030) are set once the billing demo has booked its past months (applySeasons): the Wednesday
        // activities in term time only, the holiday centre in the holidays only.
        UUID wednesdayAfternoon = activity(alsh, regie, "ALSH Mercredi après-midi", wednesday, 24,
                "CONFIRMED_AT_ONCE", eveAt18);
        UUID wednesdayDay = activity(alsh, regie, "ALSH Mercredi journée", wednesday, 2, "VALIDATED_BY_STAFF",
                twoDaysAtNoon);
        UUID holidayAfternoon = activity(alsh, regie, "ALSH Vacances après-midi", MONDAY_TO_FRIDAY, 24,
                "CONFIRMED_AT_ONCE", eveAt18);
        UUID holidayDay = activity(alsh, regie, "ALSH Vacances journée", MONDAY_TO_FRIDAY, 24, "VALIDATED_BY_STAFF",
                twoDaysAtNoon);
        UUID holidayMorning = activity(alsh, regie, "ALSH Vacances matin", MONDAY_TO_FRIDAY, 24,
                "CONFIRMED_AT_ONCE", eveAt18);
        UUID morningCare = activity(garderie, regie, "Garderie matin", MONDAY_TO_FRIDAY, 30, "CONFIRMED_AT_ONCE",
                eveAt18);
        UUID canteen = setUpActivity.setUpActivity(new SetUpActivityCommand(garderie, regie, "Restauration scolaire",
                SCHOOL_DAYS, 120, 10, "CONFIRMED_AT_ONCE",
                DeadlineRule.weekdayOfPreviousWeek(DayOfWeek.TUESDAY, LocalTime.of(23, 59)),
                SetUpActivityCommand.SAME_AS_BOOKING, null));

        List<ChildId> dupontChildren = children.children(dupont).stream().map(c -> c.childId()).toList();
        ChildId lea = dupontChildren.get(0);
        ChildId tom = dupontChildren.get(1);
        ChildId neighbourChild = registerChild.registerChild(new RegisterChildCommand(neighbour, "HUGO", "BERNARD",
                LocalDate.of(2017, 6, 4), "MALE", "École Jules Ferry", "CM1", true, true, List.of(),
                new HealthDetails("", "", "", "", false, true, false, "")));

        LocalDate twoMonthsBefore = YearMonth.from(today).minusMonths(2).atDay(1);
        LocalDate yearStart = twoMonthsBefore.isBefore(year.firstDay()) ? twoMonthsBefore : year.firstDay();
        LocalDate yearEnd = year.lastDay();
        enrol(dupont, lea, wednesdayAfternoon, yearStart, yearEnd, Set.of());
        enrol(dupont, lea, wednesdayDay, yearStart, yearEnd, Set.of());
        enrol(dupont, lea, holidayAfternoon, yearStart, yearEnd, Set.of());
        enrol(dupont, lea, holidayDay, yearStart, yearEnd, Set.of());
        enrol(dupont, lea, holidayMorning, yearStart, yearEnd, Set.of());
        enrol(dupont, tom, wednesdayDay, yearStart, yearEnd, Set.of());
        enrol(neighbour, neighbourChild, wednesdayDay, yearStart, yearEnd, Set.of());

        YearMonth month = YearMonth.from(today);
        List<LocalDate> past = days(month.atDay(1), today.minusDays(1), day -> SCHOOL_DAYS.contains(day.getDayOfWeek()));
        // Past days first, before the regular schedules exist: staff regularise them (bookings, register).
        enrol(dupont, lea, morningCare, yearStart, yearEnd, SCHOOL_DAYS);
        enrol(dupont, lea, canteen, yearStart, yearEnd, SCHOOL_DAYS);
        enrol(dupont, tom, morningCare, yearStart, yearEnd, SCHOOL_DAYS);

        loadPast(dupont, lea, past, month, today, morningCare, canteen, wednesdayAfternoon, garderie);
        loadFuture(dupont, lea, tom, neighbour, neighbourChild, month, today, wednesdayAfternoon, wednesdayDay,
                holidayDay, morningCare, canteen, garderie);
        log.info("Demo planning loaded for {}: 2 facilities, 7 activities", month);
        return new Activities(wednesdayAfternoon, wednesdayDay, holidayAfternoon, holidayDay, holidayMorning,
                morningCare, canteen);
    }

    private void loadPast(FamilyId dupont, ChildId lea, List<LocalDate> past, YearMonth month, LocalDate today,
                          UUID morningCare, UUID canteen, UUID wednesdayAfternoon, UUID garderie) {
        // Garderie matin: presences on booking, one absence billed, one presence outside the regular schedule.
        for (int i = 0; i < past.size() && i < 3; i++) {
            LocalDate day = past.get(i);
            if (staffBooked(dupont, lea, morningCare, day)) {
                register(morningCare, day, lea, i == 1 ? "ABSENT" : "PRESENT");
            }
        }
        days(month.atDay(1), today.minusDays(1), day -> day.getDayOfWeek() == DayOfWeek.WEDNESDAY
                && !isSchoolHoliday(day)).stream()
                .findFirst().ifPresent(wednesday -> {
                    register(morningCare, wednesday, lea, "PRESENT");       // Heure hors contrat
                    register(wednesdayAfternoon, wednesday, lea, "PRESENT"); // Présent (no booking, no contract)
                });
        // Restauration scolaire: an illness within the last week, excused with its certificate.
        List<LocalDate> lastWeek = past.stream().filter(day -> !day.isBefore(today.minusDays(6))).toList();
        if (!lastWeek.isEmpty()) {
            LocalDate ill = lastWeek.get(lastWeek.size() - 1);
            if (staffBooked(dupont, lea, canteen, ill)) {
                declared(new DeclareAbsenceCommand(dupont, lea, canteen, ill, "ILLNESS", "Angine",
                        CERTIFICATE, PARENT)).ifPresent(absence -> decideRequest("planning.absence", "absenceId",
                        absence, true, null));
            }
        }
        // A presence recorded on a day staff closed afterwards (a heating failure): shown as Erreur.
        if (past.size() >= 5) {
            LocalDate closedAfterwards = past.get(3);
            if (staffBooked(dupont, lea, canteen, closedAfterwards)) {
                register(canteen, closedAfterwards, lea, "PRESENT");
                closures.closeDays(new CloseDaysCommand(garderie, canteen, closedAfterwards, closedAfterwards,
                        "WORKS", "Panne de chauffage du restaurant scolaire"));
            }
        }
    }

    private void loadFuture(FamilyId dupont, ChildId lea, ChildId tom, FamilyId neighbour, ChildId neighbourChild,
                            YearMonth month, LocalDate today, UUID wednesdayAfternoon, UUID wednesdayDay,
                            UUID holidayDay, UUID morningCare, UUID canteen, UUID garderie) {
        List<LocalDate> wednesdays = days(today.plusDays(3), today.plusDays(75),
                day -> day.getDayOfWeek() == DayOfWeek.WEDNESDAY && !isSchoolHoliday(day));
        if (!wednesdays.isEmpty()) {
            booked(new BookDayCommand(dupont, lea, wednesdayAfternoon, wednesdays.get(0), PARENT)); // Réservé
            booked(new BookDayCommand(dupont, lea, wednesdayDay, wednesdays.get(0), PARENT));       // en cours
        }
        if (wednesdays.size() >= 2) {
            booked(new BookDayCommand(dupont, lea, wednesdayDay, wednesdays.get(1), PARENT))
                    .ifPresent(reservation -> decideRequest("planning.reservation", "reservationId", reservation,
                            false, "Le groupe des 6-8 ans est complet ce mercredi."));           // refusée
        }
        if (wednesdays.size() >= 3) {
            LocalDate full = wednesdays.get(2);
            staffBooked(dupont, tom, wednesdayDay, full);
            staffBooked(neighbour, neighbourChild, wednesdayDay, full);
            var joined = joinWaitingList.joinWaitingList(new JoinWaitingListCommand(dupont, lea, wednesdayDay, full));
            if (joined.outcome() != org.portailfamille.planning.application.port.in.JoinWaitingListResult.Outcome.JOINED) {
                log.info("Demo planning: waiting list of {} not joined ({})", full, joined.outcome());
            }
        }
        // From the second week on, so that the canteen's deadline (Tuesday 23:59 of the week before) is ahead.
        List<LocalDate> regular = days(today.plusDays(9), month.atEndOfMonth().plusWeeks(3),
                day -> SCHOOL_DAYS.contains(day.getDayOfWeek()));
        if (regular.size() >= 3) {
            // A leave announced in time, excused: Congé.
            declared(new DeclareAbsenceCommand(dupont, lea, canteen, regular.get(0), "PERSONAL",
                    "Rendez-vous chez l'orthodontiste", null, PARENT))
                    .ifPresent(absence -> decideRequest("planning.absence", "absenceId", absence, true, null));
            // A family event, awaiting the staff's ruling.
            declared(new DeclareAbsenceCommand(dupont, lea, morningCare, regular.get(1), "FAMILY_EVENT",
                    "Mariage de sa tante", null, PARENT));
            // A teachers' training day: the after-school care is closed, its bookings cancelled, families told.
            closures.closeDays(new CloseDaysCommand(garderie, null, regular.get(2), regular.get(2), "OTHER",
                    "Journée pédagogique"));
        }
        // The next holidays: days of the holiday centre booked, awaiting validation.
        days(today.plusDays(3), today.plusMonths(3), day -> MONDAY_TO_FRIDAY.contains(day.getDayOfWeek())
                && isSchoolHoliday(day)).stream().limit(3)
                .forEach(day -> booked(new BookDayCommand(dupont, lea, holidayDay, day, PARENT)));
    }

    private final List<LocalDate[]> holidays = new ArrayList<>();

    private boolean isSchoolHoliday(LocalDate day) {
        return holidays.stream().anyMatch(range -> !day.isBefore(range[0]) && !day.isAfter(range[1]));
    }

    /**
     * Zone C holidays of the school year, on the usual pattern (class ends on a Saturday, resumes on a Monday):
     * autumn from the third Saturday of October, Christmas from the Saturday before 24 December, winter and spring
     * two weeks from mid-February and mid-April, summer from early July. Demo data, not the Ministry's calendar.
     */
    private void loadSchoolHolidays(SchoolYear year) {
        calendar.changeHolidayZone("C");
        int first = year.firstDay().getYear();
        holiday("AUTUMN", saturdayOnOrAfter(LocalDate.of(first, 10, 17)), 16);
        holiday("CHRISTMAS", saturdayOnOrAfter(LocalDate.of(first, 12, 18)), 16);
        holiday("WINTER", saturdayOnOrAfter(LocalDate.of(first + 1, 2, 13)), 16);
        holiday("SPRING", saturdayOnOrAfter(LocalDate.of(first + 1, 4, 10)), 16);
        LocalDate summer = saturdayOnOrAfter(LocalDate.of(first + 1, 7, 3));
        holiday("SUMMER", summer, (int) (year.lastDay().plusDays(1).toEpochDay() - summer.toEpochDay()));
    }

    private void holiday(String name, LocalDate lastSchoolDay, int daysToReturn) {
        LocalDate returnDay = lastSchoolDay.plusDays(daysToReturn);
        calendar.addSchoolHoliday(new AddSchoolHolidayCommand("C", name, lastSchoolDay, returnDay));
        holidays.add(new LocalDate[]{lastSchoolDay.plusDays(1), returnDay.minusDays(1)});
    }

    private static LocalDate saturdayOnOrAfter(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private UUID activity(UUID facility, UUID regie, String name, Set<DayOfWeek> weekdays, int places, String mode,
                          DeadlineRule deadline) {
        return setUpActivity.setUpActivity(new SetUpActivityCommand(facility, regie, name, weekdays, places,
                Math.min(5, places - 1), mode, deadline, SetUpActivityCommand.SAME_AS_BOOKING, null));
    }

    /**
     * Staff set the seasons (ADR 0030), as on the activity set-up page, once the past months are booked: "ALSH
     * Mercredi" in term time only, "ALSH Vacances" in the school holidays only. Days of the past stay as they are;
     * no booking of the days to come falls outside its season, so nobody is told anything.
     */
    void applySeasons(Activities loaded) {
        for (UUID id : List.of(loaded.wednesdayAfternoon(), loaded.wednesdayDay())) {
            season(id, SetUpActivityCommand.TERM_TIME);
        }
        for (UUID id : List.of(loaded.holidayAfternoon(), loaded.holidayDay(), loaded.holidayMorning())) {
            season(id, SetUpActivityCommand.SCHOOL_HOLIDAYS);
        }
    }

    private void season(UUID activityId, String season) {
        ActivityView activity = setUpView.activity(activityId)
                .orElseThrow(() -> new IllegalStateException("Unknown demo activity " + activityId));
        changeActivity.changeActivity(activityId, new SetUpActivityCommand(activity.facilityId(), activity.regieId(),
                activity.name(), activity.weekdays(), activity.places(), activity.alertThreshold(),
                activity.bookingMode(), activity.bookingDeadline(), activity.cancellation(),
                activity.cancellationDeadline()).inSeason(season, List.of()));
    }

    private void enrol(FamilyId family, ChildId child, UUID activity, LocalDate from, LocalDate to,
                       Set<DayOfWeek> regularDays) {
        enrol.enrolChild(new EnrolChildCommand(family, child, activity, from, to, regularDays));
    }

    private boolean staffBooked(FamilyId family, ChildId child, UUID activity, LocalDate day) {
        BookDayResult result = bookForFamily.bookDayForFamily(new BookDayCommand(family, child, activity, day, AGENT));
        boolean booked = result.outcome() == BookDayResult.Outcome.BOOKED
                || result.outcome() == BookDayResult.Outcome.ALREADY_BOOKED;
        if (!booked) {
            log.info("Demo planning: {} on {} not booked ({})", activity, day, result.outcome());
        }
        return booked;
    }

    private Optional<UUID> booked(BookDayCommand command) {
        BookDayResult result = book.bookDay(command);
        if (result.outcome() != BookDayResult.Outcome.BOOKED) {
            log.info("Demo planning: {} on {} not booked ({})", command.activityId(), command.day(), result.outcome());
            return Optional.empty();
        }
        return Optional.ofNullable(result.reservationId());
    }

    private Optional<UUID> declared(DeclareAbsenceCommand command) {
        DeclareAbsenceResult result = declareAbsence.declareAbsence(command);
        if (result.outcome() != DeclareAbsenceResult.Outcome.DECLARED) {
            log.info("Demo planning: absence on {} not declared ({})", command.day(), result.outcome());
            return Optional.empty();
        }
        return Optional.ofNullable(result.absenceId());
    }

    private void register(UUID activity, LocalDate day, ChildId child, String mark) {
        recordAttendance.recordAttendance(new RecordAttendanceCommand(activity, day, Map.of(child, mark), AGENT));
    }

    /** Staff decide the pending request whose payload names {@code id}. */
    private void decideRequest(String type, String payloadKey, UUID id, boolean accept, String reason) {
        queue.pendingRequests(new RequestQueueQuery(type, null)).stream()
                .filter(request -> id.toString().equals(request.payload().get(payloadKey)))
                .findFirst()
                .ifPresent((RequestView request) -> decide.decide(new DecideRequestCommand(request.id(),
                        request.version(), accept, AGENT, reason)));
    }

    private static List<LocalDate> days(LocalDate from, LocalDate to, Predicate<LocalDate> which) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (which.test(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
