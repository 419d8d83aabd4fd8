package org.portailfamille.planning;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning pages on the whole portal: the month grid's content (caption, headers, guardian, legend, each
 * cell's status and deadline), booking and cancelling from the grid (PRG, French messages, one effect when posted
 * twice), the day page, several days at once, and bad input.
 */
@PortalIntegrationTest
class PlanningPageIntegrationTest {

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    TestAccounts.Parent parent;
    Browser browser;
    GridFixture fixture;
    GridFixture.EnrolledChild kid;
    LocalDate day;

    @BeforeEach
    void setUp() {
        parent = new TestAccounts(context).newParent("Planning2026x");
        browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        fixture = new GridFixture(context);
        kid = fixture.enrolledChild(parent, "ZOÉ", 5);
        day = fixture.openTermDay(3);
    }

    static String dayName(LocalDate day) {
        String name = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH).format(day);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String deadlineOf(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH).format(day.minusDays(1)) + " 18:00";
    }

    String action(String slug) {
        return "/famille/enfants/" + kid.child().value() + "/planning/" + kid.activityId() + "/" + day + "/" + slug;
    }

    @Test
    void the_grid_shows_the_month_the_guardian_the_legend_and_each_days_deadline() {
        Browser.Response page = browser.get(kid.planningOf(day));
        assertThat(page.status()).isEqualTo(200);
        String month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH).format(day);
        String text = page.mainText();
        assertThat(text).contains("Planning de ZOÉ", "Agenda", "Inscriptions en cours", "Réserver plusieurs jours");
        assertThat(page.body()).containsIgnoringCase("<caption id=\"planning-caption\">Planning de ZOÉ – " + month);
        assertThat(page.body()).contains("<th scope=\"row\" class=\"planning-table__activity\">");
        assertThat(text).contains(kid.facility() + " " + kid.activity());
        String guardian = parent.displayName().substring(parent.displayName().lastIndexOf(' ') + 1) + " CAMILLE";
        assertThat(text).as("Responsable column").contains(guardian);
        String weekday = Map.of(DayOfWeek.MONDAY, "Lu", DayOfWeek.TUESDAY, "Ma", DayOfWeek.WEDNESDAY, "Me",
                DayOfWeek.THURSDAY, "Je", DayOfWeek.FRIDAY, "Ve").get(day.getDayOfWeek());
        assertThat(text).contains(weekday + " " + String.format("%02d", day.getDayOfMonth()));
        for (String status : new String[]{"Réservé", "Présent", "Présent sur réservation", "Erreur", "Congé",
                "Heure hors contrat", "Régulier", "Fermeture", "Absent facturé", "Demande en attente", "Absent excusé",
                "Réservation en cours de traitement", "Réservation refusée", "Absence en cours de traitement",
                "Petites vacances", "Grandes vacances", "Jour férié"}) {
            assertThat(page.body()).as("legend " + status).contains("<span>" + status + "</span>");
        }
        assertThat(text).contains(dayName(day) + ", " + kid.activity() + " : Pas de réservation, modifiable jusqu'au "
                + deadlineOf(day));
        assertThat(page.body()).contains("href=\"" + kid.dayPage(day) + "\"");
        YearMonth shown = YearMonth.from(day);
        assertThat(page.body()).contains("?mois=" + shown.minusMonths(1), "?mois=" + shown.plusMonths(1));
    }

    @Test
    void a_day_whose_booking_period_has_not_opened_says_so_and_cannot_be_booked() {
        context.getBean(org.portailfamille.planning.application.port.in.ManageBookingPeriodsUseCase.class)
                .addBookingPeriod(new org.portailfamille.planning.application.port.in.AddBookingPeriodCommand(
                        kid.activityId(), day, day, day.atStartOfDay().minusDays(1), null));
        // Opens the day before the day at midnight: later than now, since the day is weeks away.
        Browser.Response page = browser.get(kid.planningOf(day));
        assertThat(page.mainText()).contains(dayName(day) + ", " + kid.activity() + " : Pas de réservation")
                .contains("réservation pas encore ouverte");

        Browser.Response refused = browser.submit(kid.planningOf(day), action("reserver"), Map.of());
        assertThat(refused.status()).isEqualTo(302);
        assertThat(browser.get(refused.location()).mainText())
                .contains(dayName(day) + ", " + kid.activity() + " : la réservation de ces jours n'est pas encore ouverte.");
        assertThat(fixture.activeReservations(kid, day)).isZero();
    }

    @Test
    void booking_then_cancelling_from_the_grid_redirects_with_a_message_and_posting_twice_has_one_effect() {
        Browser.Response booked = browser.submit(kid.planningOf(day), action("reserver"), Map.of());
        assertThat(booked.isRedirectTo("/famille/enfants/" + kid.child().value() + "/planning")).isTrue();
        assertThat(booked.location()).endsWith("?mois=" + YearMonth.from(day));
        Browser.Response after = browser.get(booked.location());
        assertThat(after.mainText()).contains(dayName(day) + ", " + kid.activity() + " : la journée est réservée.")
                .contains(dayName(day) + ", " + kid.activity() + " : Réservé, modifiable jusqu'au " + deadlineOf(day));
        assertThat(fixture.activeReservations(kid, day)).isEqualTo(1);

        Browser.Response again = browser.submit(kid.planningOf(day), action("reserver"), Map.of());
        assertThat(browser.get(again.location()).mainText()).contains("cette journée était déjà réservée");
        assertThat(fixture.activeReservations(kid, day)).isEqualTo(1);

        Browser.Response cancelled = browser.submit(kid.planningOf(day), action("annuler"), Map.of("retour", "jour"));
        assertThat(cancelled.location()).isEqualTo(kid.dayPage(day));
        assertThat(browser.get(cancelled.location()).mainText()).contains("la réservation est annulée.");
        assertThat(fixture.activeReservations(kid, day)).isZero();
        Browser.Response cancelledAgain = browser.submit(kid.planningOf(day), action("annuler"), Map.of());
        assertThat(browser.get(cancelledAgain.location()).mainText()).contains("aucune réservation à annuler");
    }

    @Test
    void the_day_page_lists_the_actions_as_forms() {
        Browser.Response page = browser.get(kid.dayPage(day));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Retour au planning de ZOÉ", "Pas de réservation",
                "modifiable jusqu'au " + deadlineOf(day), "Demande de réservation");
        assertThat(page.body()).contains("action=\"" + action("reserver") + "\"").contains("name=\"_csrf\"");
        browser.submit(kid.dayPage(day), action("reserver"), Map.of("retour", "jour"));
        Browser.Response booked = browser.get(kid.dayPage(day));
        assertThat(booked.mainText()).contains("Réservé", "Annuler la réservation", "Déclarer une absence");
        assertThat(booked.body()).contains("/famille/enfants/" + kid.child().value() + "/absences/nouvelle?activite="
                + kid.activityId() + "&amp;jour=" + day);
    }

    @Test
    void several_days_are_booked_with_a_summary_per_day() {
        LocalDate monday = day.with(DayOfWeek.MONDAY).plusWeeks(1);
        String page = kid.planningOf(monday);
        String body = "_csrf=" + browser.csrfTokenFrom(page) + "&activite=" + kid.activityId() + "&periode=semaine&du="
                + monday + "&au=&jours=MONDAY&jours=WEDNESDAY&jours=SATURDAY";
        Browser.Response answer = browser.postRaw("/famille/enfants/" + kid.child().value()
                + "/planning/plusieurs-jours?mois=" + YearMonth.from(monday), body);
        assertThat(answer.status()).isEqualTo(302);
        String summary = browser.get(answer.location()).mainText();
        int expected = (PublicHolidaysOf.isOpen(monday) ? 1 : 0) + (PublicHolidaysOf.isOpen(monday.plusDays(2)) ? 1 : 0);
        assertThat(summary).contains(kid.activity() + " : " + expected + " jour(s) réservé(s) sur 2 demandé(s).")
                .contains(dayName(monday) + " :").contains(dayName(monday.plusDays(2)) + " :");
        assertThat(fixture.activeReservations(kid)).isEqualTo(expected);
    }

    @Test
    void bad_input_is_explained_or_not_found_and_changes_nothing() {
        String base = "/famille/enfants/" + kid.child().value() + "/planning";
        assertThat(browser.get(base + "?mois=2026-13").status()).isEqualTo(200);
        assertThat(browser.get(base + "?mois=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        assertThat(browser.get(base + "/" + kid.activityId() + "/2026-02-30").status()).isEqualTo(404);
        assertThat(browser.get(base + "/" + UUID.randomUUID() + "/" + day).status()).as("not enrolled").isEqualTo(404);
        assertThat(browser.get(base + "/pas-un-id/" + day).status()).isEqualTo(404);
        assertThat(browser.submit(kid.planningOf(day), base + "/" + kid.activityId() + "/" + day + "/inconnue",
                Map.of()).status()).isEqualTo(404);

        String body = "_csrf=" + browser.csrfTokenFrom(kid.planningOf(day)) + "&activite=" + UUID.randomUUID()
                + "&periode=dates&du=demain&au=2026-01-01";
        Browser.Response errors = browser.postRaw(base + "/plusieurs-jours", body);
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.mainText()).contains("Il y a un problème",
                "Choisissez une activité à laquelle votre enfant est inscrit.",
                "Saisissez le premier jour", "Cochez au moins un jour de la semaine.");
        assertThat(fixture.activeReservations(kid)).isZero();
    }

    /** Whether the fixture's activity runs and is open on a day (Monday to Friday, no public holiday). */
    static final class PublicHolidaysOf {
        static boolean isOpen(LocalDate day) {
            return day.getDayOfWeek().getValue() <= 5
                    && !org.portailfamille.planning.domain.PublicHolidays.isPublicHoliday(day);
        }
    }
}
