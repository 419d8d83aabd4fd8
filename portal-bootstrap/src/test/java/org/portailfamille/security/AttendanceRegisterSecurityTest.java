package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.planning.RegisterFixture;
import org.portailfamille.security.Browser.Response;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily register (/gestion/presences): staff only, CSRF-protected, and hostile or wrong values get a French
 * message on the page, never a server error, and record nothing.
 */
@PortalIntegrationTest
class AttendanceRegisterSecurityTest {

    static final String PAGE = "/gestion/presences";

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    int linesOf(UUID activity) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM planning.attendance WHERE activity_id = ?", Integer.class, activity);
    }

    @Test
    void parents_and_anonymous_visitors_cannot_reach_the_register() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Parent-Registre-2026");
        Browser anonymous = new Browser(port, TestAddresses.next());
        assertThat(anonymous.get(PAGE).location()).endsWith("/connexion");
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(parent.username(), parent.password());
        assertThat(browser.get(PAGE).status()).isEqualTo(403);
        String token = browser.csrfTokenFrom("/famille/accueil");
        assertThat(browser.post(PAGE, Map.of("_csrf", token, "activite", UUID.randomUUID().toString())).status())
                .isEqualTo(403);
        assertThat(browser.post(PAGE + "/ajout", Map.of("_csrf", token)).status()).isEqualTo(403);
    }

    @Test
    void a_sheet_without_its_csrf_token_is_refused() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-Registre-2026");
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(5);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId child = fixture.newChild(family, "JULES", "JETON");
        LocalDate day = RegisterFixture.recordableDay(LocalDate.now(clock));
        fixture.enrol(family, child, activity.id(), day.minusDays(7), day.plusDays(7), Set.of());
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());

        assertThat(browser.post(PAGE + "/ajout", Map.of("activite", activity.id().toString(), "jour",
                day.toString(), "enfant", child.value().toString())).status()).isEqualTo(403);
        assertThat(linesOf(activity.id())).isZero();
    }

    @Test
    void hostile_and_wrong_values_get_a_french_message_and_record_nothing() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-Registre-2026");
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(5);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId child = fixture.newChild(family, "LINA", "HOSTILE");
        ChildId stranger = fixture.newChild(family, "NOE", "PASINSCRIT");
        LocalDate day = RegisterFixture.recordableDay(LocalDate.now(clock));
        fixture.enrol(family, child, activity.id(), day.minusDays(7), day.plusDays(7), Set.of());
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        String page = PAGE + "?activite=" + activity.id() + "&jour=" + day;
        assertThat(browser.get(page).body()).contains("LINA").contains("Ajouter un enfant présent sans réservation");

        for (String hostile : BadInputTest.HOSTILE) {
            if (hostile.length() < 1000) {
                assertClean(browser.get(PAGE + "?activite=" + Browser.encode(Map.of("x", hostile)).substring(2)
                        + "&jour=" + Browser.encode(Map.of("x", hostile)).substring(2)), hostile);
            }
            Map<String, String> sheet = new LinkedHashMap<>();
            sheet.put("activite", activity.id().toString());
            sheet.put("jour", day.toString());
            sheet.put("presence_" + child.value(), hostile);
            assertThat(assertClean(browser.submit(page, PAGE, sheet), hostile))
                    .contains("Cochez Présent ou Absent pour HOSTILE LINA.");
            sheet.remove("presence_" + child.value());
            sheet.put("presence_" + hostile, "PRESENT");
            Response unknownChild = browser.submit(page, PAGE, sheet);
            if (unknownChild.status() == 400) {
                // a parameter name with control characters: the firewall's French "Demande incorrecte" page
                assertThat(unknownChild.body()).contains("Demande incorrecte").doesNotContain("Exception");
            } else {
                assertThat(assertClean(unknownChild, hostile)).contains("Un enfant de la feuille n&#39;est pas reconnu");
            }
            assertClean(browser.submit(page, PAGE, Map.of("activite", hostile, "jour", hostile)), hostile);
            assertClean(browser.submit(page, PAGE + "/ajout", Map.of("activite", activity.id().toString(),
                    "jour", day.toString(), "enfant", hostile)), hostile);
        }
        assertThat(assertClean(browser.submit(page, PAGE + "/ajout", Map.of("activite", activity.id().toString(),
                "jour", day.toString(), "enfant", stranger.value().toString())), "stranger"))
                .contains("PASINSCRIT NOE n&#39;est ni attendu ni inscrit à l&#39;activité ce jour-là");
        assertThat(assertClean(browser.submit(page, PAGE, Map.of("activite", activity.id().toString(),
                "jour", day.toString())), "nothing marked"))
                .contains("Cochez Présent ou Absent pour au moins un enfant, puis enregistrez.");
        assertThat(assertClean(browser.submit(page, PAGE, Map.of("activite", activity.id().toString(),
                "jour", day.toString(), "presence_" + child.value(), "ABSENT")), "absent without booking"))
                .contains("n&#39;avait pas de réservation");
        assertThat(assertClean(browser.submit(page, PAGE + "/ajout", Map.of("activite", activity.id().toString(),
                "jour", day.plusDays(30).toString(), "enfant", child.value().toString())), "future day"))
                .contains("Ce jour n&#39;est pas encore arrivé");
        assertThat(linesOf(activity.id())).isZero();

        Response added = browser.submit(page, PAGE + "/ajout", Map.of("activite", activity.id().toString(),
                "jour", day.toString(), "enfant", child.value().toString()));
        assertThat(added.status()).isEqualTo(302);
        assertThat(linesOf(activity.id())).isEqualTo(1);
    }

    static String assertClean(Response response, String what) {
        assertThat(response.status()).as("status for %s", what).isEqualTo(200);
        String body = response.body();
        assertThat(body).as("no stack trace for %s", what).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(body).as("escaped output for %s", what).doesNotContain("<script>alert")
                .doesNotContain("<img src=x");
        assertThat(body).as("a French message for %s", what).containsAnyOf("Il y a un problème",
                "Feuille de présence");
        return body;
    }

}
