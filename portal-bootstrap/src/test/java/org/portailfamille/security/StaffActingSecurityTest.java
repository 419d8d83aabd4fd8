package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.planning.RegisterFixture;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.CancelDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.DeclareAbsenceForFamilyUseCase;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.StaffAbsenceCommand;
import org.portailfamille.planning.application.port.in.StaffActionCommand;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff acting for a family (ADR 0032): parents are refused on every new staff route; a staff action only ever
 * touches the child of the family named in the URL (another family's child answers 404 and nothing changes);
 * bad input gets a French message, never a server error.
 */
@PortalIntegrationTest
class StaffActingSecurityTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    record Setup(RegisterFixture.Activity activity, FamilyId familyA, ChildId childA, FamilyId familyB,
                 ChildId childB, LocalDate day) {
        String planning(FamilyId family, ChildId child) {
            return "/gestion/planning/familles/" + family.value() + "/enfants/" + child.value() + "/planning";
        }

        String dayPage(FamilyId family, ChildId child) {
            return planning(family, child) + "/" + activity.id() + "/" + day;
        }
    }

    Setup setUp() {
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(5);
        TestAccounts accounts = new TestAccounts(context);
        FamilyId a = accounts.newFamilyWithoutLogin();
        FamilyId b = accounts.newFamilyWithoutLogin();
        ChildId childA = fixture.newChild(a, "ANNA", "PROPRIO");
        ChildId childB = fixture.newChild(b, "BASILE", "AUTRE");
        LocalDate day = LocalDate.now(clock).plusDays(10);
        fixture.enrol(a, childA, activity.id(), day.minusDays(20), day.plusDays(20), Set.of());
        fixture.enrol(b, childB, activity.id(), day.minusDays(20), day.plusDays(20), Set.of());
        return new Setup(activity, a, childA, b, childB, day);
    }

    int reservations(UUID activity) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM planning.reservation WHERE activity_id = ?", Integer.class, activity);
    }

    int staffActions(UUID activity) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM planning.staff_action WHERE activity_id = ?", Integer.class, activity);
    }

    @Test
    void parents_are_refused_on_every_staff_acting_route() {
        Setup setup = setUp();
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Parent-Acting-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        FamilyId own = parent.familyId();
        List<String> pages = List.of(setup.planning(own, setup.childA()), setup.dayPage(own, setup.childA()),
                "/gestion/planning/activites/" + setup.activity().id() + "/occupation",
                "/gestion/presences/structure", "/gestion/presences/structure?structure=" + UUID.randomUUID());
        for (String page : pages) {
            assertThat(browser.get(page).status()).as(page).isEqualTo(403);
        }
        String token = browser.csrfTokenFrom("/famille/accueil");
        for (String action : List.of("reserver", "annuler", "absence")) {
            assertThat(browser.post(setup.dayPage(own, setup.childA()) + "/" + action,
                    Map.of("_csrf", token, "horsDelai", "true", "raison", "test")).status()).isEqualTo(403);
        }
        assertThat(browser.post("/gestion/presences/tous-presents", Map.of("_csrf", token, "activite",
                setup.activity().id().toString(), "jour", setup.day().toString())).status()).isEqualTo(403);
        assertThat(reservations(setup.activity().id())).isZero();
    }

    @Test
    void staff_never_touch_another_familys_child_than_the_one_in_the_url() {
        Setup setup = setUp();
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-Acting-2026");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        assertThat(browser.get(setup.planning(setup.familyA(), setup.childA())).status()).isEqualTo(200);
        assertThat(browser.get(setup.planning(setup.familyA(), setup.childB())).status()).isEqualTo(404);
        assertThat(browser.get(setup.dayPage(setup.familyA(), setup.childB())).status()).isEqualTo(404);
        String token = browser.csrfTokenFrom(setup.planning(setup.familyA(), setup.childA()));
        for (String action : List.of("reserver", "annuler", "absence")) {
            Browser.Response answer = browser.post(setup.dayPage(setup.familyA(), setup.childB()) + "/" + action,
                    Map.of("_csrf", token, "horsDelai", "true", "raison", "Essai", "motif", "PERSONAL"));
            assertThat(answer.status()).as(action).isEqualTo(404);
        }
        assertThat(reservations(setup.activity().id())).isZero();

        // the use cases check it too, whoever calls them
        StaffActionCommand wrong = new StaffActionCommand(setup.familyA(), setup.childB(), setup.activity().id(),
                setup.day(), staff.username(), "Agent", true, "Essai");
        assertThat(context.getBean(BookDayForFamilyUseCase.class).bookDayForFamily(wrong).outcome())
                .isEqualTo(BookDayResult.Outcome.NOT_ENROLLED);
        assertThat(context.getBean(CancelDayForFamilyUseCase.class).cancelDayForFamily(wrong))
                .isEqualTo(CancelDayOutcome.NOT_BOOKED);
        assertThat(context.getBean(DeclareAbsenceForFamilyUseCase.class).declareAbsenceForFamily(
                new StaffAbsenceCommand(wrong, "PERSONAL", "")).outcome())
                .isEqualTo(DeclareAbsenceResult.Outcome.NOT_BOOKED);
        assertThat(reservations(setup.activity().id())).isZero();
        assertThat(staffActions(setup.activity().id())).isZero();

        // the right child of the right family is booked
        Browser.Response booked = browser.post(setup.dayPage(setup.familyA(), setup.childA()) + "/reserver",
                Map.of("_csrf", token));
        assertThat(booked.status()).isEqualTo(302);
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM planning.reservation"
                        + " WHERE activity_id = ? AND child_id = ? AND family_id = ? AND origin = 'STAFF'",
                Integer.class, setup.activity().id(), setup.childA().value(), setup.familyA().value())).isEqualTo(1);
        assertThat(staffActions(setup.activity().id())).isEqualTo(1);
    }

    @Test
    void bad_input_gets_a_french_message_and_changes_nothing() {
        Setup setup = setUp();
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-Acting-2027");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        String token = browser.csrfTokenFrom(setup.planning(setup.familyA(), setup.childA()));
        String day = setup.dayPage(setup.familyA(), setup.childA());
        Browser.Response noReason = browser.post(day + "/reserver", Map.of("_csrf", token, "horsDelai", "true"));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Indiquez la raison du hors délai");
        Browser.Response longReason = browser.post(day + "/reserver", Map.of("_csrf", token, "horsDelai", "true",
                "raison", "x".repeat(301)));
        assertThat(longReason.status()).isEqualTo(200);
        assertThat(longReason.body()).contains("300 caractères au plus");
        Browser.Response badAbsence = browser.post(day + "/absence", Map.of("_csrf", token, "motif", "ILLNESS"));
        assertThat(badAbsence.status()).isEqualTo(200);
        assertThat(badAbsence.body()).contains("Choisissez le motif de l");
        for (String path : List.of(setup.planning(setup.familyA(), setup.childA()) + "/pas-un-id/2026-01-01",
                setup.planning(setup.familyA(), setup.childA()) + "/" + setup.activity().id() + "/2026-13-45",
                "/gestion/planning/familles/pas-un-id/enfants/" + setup.childA().value() + "/planning",
                "/gestion/planning/activites/pas-un-id/occupation")) {
            assertThat(browser.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(browser.get(setup.planning(setup.familyA(), setup.childA()) + "?mois=" + YearMonth.now(clock)
                + "x").status()).isEqualTo(200);
        assertThat(browser.post(day + "/inconnue", Map.of("_csrf", token)).status()).isEqualTo(404);
        assertThat(reservations(setup.activity().id())).isZero();
    }
}
