package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Staff;
import org.portailfamille.TestClock;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.RegisterFixture;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferCommand;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferOutcome;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.CancelDayUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.ExpirePlaceOffersUseCase;
import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListUseCase;
import org.portailfamille.planning.application.port.in.ListPlaceOffersUseCase;
import org.portailfamille.planning.application.port.in.PlaceOfferView;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.AbsenceReason;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Staff views of ADR 0032, with the keyboard only and 0 axe violations: the occupancy of an activity over a month,
 * whose figures are those of the bookings, waiting lists and offers made in the test (one offer accepted, one left
 * to expire); and the registers of a facility on one page, where "Tous présents" marks every expected child
 * present (not the one who declared an absence), still editable afterwards, and which prints without the menus.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class StaffOccupancyAndRegisterBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    static void activate(Locator control, String key) {
        control.focus();
        assertThat(control).isFocused();
        control.press(key);
    }

    /** A day of {@code month} from {@code from} on that is not a public holiday. */
    static LocalDate workingDay(YearMonth month, int from) {
        LocalDate day = month.atDay(from);
        while (PublicHolidays.isPublicHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static String dayName(LocalDate day) {
        String text = DAY.format(day);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Test
    void the_occupancy_of_a_month_shows_the_figures_of_the_bookings_made(Page page) {
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(2);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId anna = fixture.newChild(family, "ANNA", "OCCUPA");
        ChildId bruno = fixture.newChild(family, "BRUNO", "OCCUPB");
        ChildId chloe = fixture.newChild(family, "CHLOÉ", "OCCUPC");
        ChildId david = fixture.newChild(family, "DAVID", "OCCUPD");
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        for (ChildId child : new ChildId[]{anna, bruno, chloe, david}) {
            fixture.enrol(family, child, activity.id(), month.atDay(1), month.atEndOfMonth(), Set.of());
        }
        LocalDate first = workingDay(month, 10);
        LocalDate second = workingDay(month, first.getDayOfMonth() + 1);
        LocalDate third = workingDay(month, second.getDayOfMonth() + 1);
        BookDayUseCase book = context.getBean(BookDayUseCase.class);
        JoinWaitingListUseCase join = context.getBean(JoinWaitingListUseCase.class);
        CancelDayUseCase cancel = context.getBean(CancelDayUseCase.class);
        for (ChildId child : new ChildId[]{anna, bruno}) {
            for (LocalDate day : new LocalDate[]{first, second}) {
                org.assertj.core.api.Assertions.assertThat(book.bookDay(new BookDayCommand(family, child,
                        activity.id(), day)).outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
            }
        }
        join.joinWaitingList(new JoinWaitingListCommand(family, chloe, activity.id(), first));
        join.joinWaitingList(new JoinWaitingListCommand(family, david, activity.id(), first));
        join.joinWaitingList(new JoinWaitingListCommand(family, chloe, activity.id(), second));
        // first day: Bruno cancels, Chloé is offered his place and accepts it
        org.assertj.core.api.Assertions.assertThat(cancel.cancelDay(new CancelDayCommand(family, bruno,
                activity.id(), first))).isEqualTo(CancelDayOutcome.CANCELLED);
        UUID toChloe = offerTo(family, chloe, first);
        org.assertj.core.api.Assertions.assertThat(context.getBean(AcceptPlaceOfferUseCase.class).acceptPlaceOffer(
                new AcceptPlaceOfferCommand(family, toChloe))).isEqualTo(AcceptPlaceOfferOutcome.ACCEPTED);
        // then Anna cancels, David is offered her place and lets the offer expire: the place is free again
        org.assertj.core.api.Assertions.assertThat(cancel.cancelDay(new CancelDayCommand(family, anna,
                activity.id(), first))).isEqualTo(CancelDayOutcome.CANCELLED);
        offerTo(family, david, first);
        try {
            TestClock.PORTAL.advance(Duration.ofHours(25));
            context.getBean(ExpirePlaceOffersUseCase.class).expirePlaceOffers();
        } finally {
            TestClock.PORTAL.reset();
        }

        Staff staff = new TestAccounts(context).newStaff("Agent-Occupe-2026");
        page.navigate(Portal.LOGIN, new Page.NavigateOptions().setTimeout(60_000));
        Portal.logIn(page, staff.username(), staff.password());
        page.navigate("/gestion/planning/activites/" + activity.id());
        activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Occupation, listes d'attente et places proposées, mois par mois")), "Enter");
        activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(
                "^Mois suivant"))), "Enter");
        assertThat(Portal.heading(page)).containsText(activity.name());
        assertThat(page.getByText("2 places par jour ; alerte quand il en reste 1 ou moins.")).isVisible();

        Locator firstRow = page.locator("#jour-" + first);
        assertThat(firstRow.getByRole(AriaRole.ROWHEADER)).hasText(dayName(first));
        assertThat(firstRow).containsText("1 / 2");
        assertThat(firstRow).containsText("Alerte : peu de places");
        assertThat(firstRow).containsText("Personne");
        assertThat(firstRow).containsText("OCCUPC CHLOÉ : acceptée le");
        assertThat(firstRow).containsText("OCCUPD DAVID : laissée expirer");
        Locator secondRow = page.locator("#jour-" + second);
        assertThat(secondRow).containsText("2 / 2");
        assertThat(secondRow).containsText("Complet");
        assertThat(secondRow.getByRole(AriaRole.LISTITEM)).hasText("1. OCCUPC CHLOÉ");
        Locator thirdRow = page.locator("#jour-" + third);
        assertThat(thirdRow).containsText("0 / 2");
        assertThat(thirdRow).containsText("Places libres");
        assertThat(thirdRow).containsText("Aucune");
        Axe.assertNoViolations(page, "the occupancy of an activity over a month");
        page.setViewportSize(320, 800);
        MessagingBrowserTest.assertNoSidewaysScrolling(page, "the occupancy of an activity");
        page.setViewportSize(1280, 900);
    }

    private UUID offerTo(FamilyId family, ChildId child, LocalDate day) {
        return context.getBean(ListPlaceOffersUseCase.class).placeOffers(family).stream()
                .filter(offer -> offer.childId().equals(child) && offer.day().equals(day))
                .map(PlaceOfferView::offerId).findFirst().orElseThrow();
    }

    @Test
    void tous_presents_marks_every_expected_child_of_a_facility_page_which_prints(Page page) {
        LocalDate today = LocalDate.now(clock);
        assumeFalse(PublicHolidays.isPublicHoliday(today), "no register on a public holiday");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String facilityName = "Maison " + suffix;
        UUID facility = context.getBean(SetUpFacilityUseCase.class).setUpFacility(
                new SetUpFacilityCommand(facilityName));
        SetUpActivityUseCase setUp = context.getBean(SetUpActivityUseCase.class);
        UUID morning = setUp.setUpActivity(new SetUpActivityCommand(facility, UUID.randomUUID(), "Matin " + suffix,
                EnumSet.allOf(DayOfWeek.class), 10, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
        UUID evening = setUp.setUpActivity(new SetUpActivityCommand(facility, UUID.randomUUID(), "Soir " + suffix,
                EnumSet.allOf(DayOfWeek.class), 10, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
        RegisterFixture fixture = new RegisterFixture(context);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId rose = fixture.newChild(family, "ROSE", "TOUS");
        ChildId max = fixture.newChild(family, "MAX", "TOUS");
        ChildId ines = fixture.newChild(family, "INÈS", "ABSENTE");
        ChildId soir = fixture.newChild(family, "SOLAL", "SOIR");
        Set<DayOfWeek> todayOnly = Set.of(today.getDayOfWeek());
        for (ChildId child : new ChildId[]{rose, max, ines}) {
            fixture.enrol(family, child, morning, today, today.plusMonths(1), todayOnly);
        }
        fixture.enrol(family, soir, evening, today, today.plusMonths(1), todayOnly);
        context.getBean(Absences.class).addIfAbsent(Absence.declare(ines, family, new ActivityId(morning), today,
                AbsenceReason.PERSONAL, "", null, clock.instant()));

        Staff staff = new TestAccounts(context).newStaff("Agent-Tous-2026");
        page.navigate(Portal.LOGIN, new Page.NavigateOptions().setTimeout(60_000));
        Portal.logIn(page, staff.username(), staff.password());
        page.navigate("/gestion/presences");
        activate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Toutes les activités d'une structure sur une page (imprimable)")), "Enter");
        page.getByLabel("Structure").selectOption(facility.toString());
        activate(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher les feuilles")),
                "Enter");
        assertThat(Portal.heading(page)).containsText(facilityName);
        Locator morningSheet = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Matin " + suffix)
                .setExact(true));
        Locator eveningSheet = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Soir " + suffix)
                .setExact(true));
        assertThat(morningSheet.getByRole(AriaRole.ROW)).hasCount(4);
        assertThat(eveningSheet).containsText("SOIR SOLAL");
        Axe.assertNoViolations(page, "the registers of a facility");

        activate(morningSheet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Marquer présents les 2 enfant(s) attendu(s) non marqué(s) de Matin " + suffix)), "Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 enfant(s) marqué(s) présent(s)");
        assertThat(morningSheet.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("TOUS ROSE")))
                .containsText("Présent");
        assertThat(morningSheet.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("ABSENTE INÈS")))
                .containsText("Pas encore marqué");
        assertThat(eveningSheet).containsText("Pas encore marqué");
        Axe.assertNoViolations(page, "the registers of a facility after Tous présents");
        page.setViewportSize(320, 800);
        MessagingBrowserTest.assertNoSidewaysScrolling(page, "the registers of a facility");
        page.setViewportSize(1280, 900);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList("SELECT outcome FROM planning.attendance"
                + " WHERE activity_id = ? AND day = ?", String.class, morning, today))
                .containsExactly("PRESENT_ON_BOOKING", "PRESENT_ON_BOOKING");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT count(*) FROM planning.attendance"
                + " WHERE activity_id = ?", Integer.class, evening)).isZero();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.getByRole(AriaRole.NAVIGATION).first()).isHidden();
        assertThat(morningSheet.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(morningSheet.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions()
                .setName("Arrivée / départ"))).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        // still editable: Max is corrected to absent on the activity's sheet
        activate(morningSheet.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Modifier la feuille de Matin " + suffix)), "Enter");
        Locator maxGroup = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("TOUS MAX"));
        assertThat(maxGroup.getByLabel("Présent")).isChecked();
        activate(maxGroup.getByLabel("Présent"), "ArrowRight");
        assertThat(maxGroup.getByLabel("Absent")).isChecked();
        activate(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Enregistrer la feuille de présence")), "Enter");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText("La feuille de présence est enregistrée"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT mark FROM planning.attendance"
                + " WHERE child_id = ? AND day = ?", String.class, max.value(), today)).isEqualTo("ABSENT");
        Axe.assertNoViolations(page, "a register corrected after Tous présents");
    }
}
