package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.planning.RegisterFixture;
import org.portailfamille.planning.application.port.in.AttendanceRegister;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ViewAttendanceRegisterUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0043 (after ADR 0025): planning's staff pages show a member of staff only the facilities they work for. The
 * registers, the facility sheets, the occupancy and the set-up of facilities and activities list only their
 * facilities; another facility or one of its activities reached by its address answers 404 (GET and POST) and
 * nothing is recorded; creating a facility is the administrators'; "Agents et sites" is in the menu of
 * administrators only. An administrator sees every facility.
 */
@PortalIntegrationTest
class StaffPlanningFacilityIsolationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    Browser logIn(TestAccounts.Staff staff) {
        Browser browser = new Browser(port, TestAddresses.next());
        browser.logIn(staff.username(), staff.password());
        return browser;
    }

    FacilityView facilityOf(RegisterFixture.Activity activity) {
        ViewPlanningSetUpUseCase view = context.getBean(ViewPlanningSetUpUseCase.class);
        return view.facility(view.activity(activity.id()).orElseThrow().facilityId()).orElseThrow();
    }

    @Test
    void a_member_of_staff_of_facility_a_sees_and_reaches_nothing_of_facility_b() {
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activityA = fixture.newActivity(5);
        RegisterFixture.Activity activityB = fixture.newActivity(5);
        FacilityView siteA = facilityOf(activityA);
        FacilityView siteB = facilityOf(activityB);
        TestAccounts accounts = new TestAccounts(context);
        FamilyId family = accounts.newFamilyWithoutLogin();
        ChildId child = fixture.newChild(family, "BERENICE", "SITEBE");
        LocalDate day = RegisterFixture.recordableDay(LocalDate.now(clock));
        fixture.enrol(family, child, activityB.id(), day.minusDays(20), day.plusDays(20),
                EnumSet.allOf(DayOfWeek.class));
        String registerOfB = "/gestion/presences?activite=" + activityB.id() + "&jour=" + day;

        Browser a = logIn(accounts.newStaffOf("SitesPlanning2026a", siteA.id()));
        String token = a.csrfTokenFrom("/gestion/presences");

        Browser.Response registers = a.get("/gestion/presences");
        assertThat(registers.status()).isEqualTo(200);
        assertThat(registers.body()).contains(activityA.name()).doesNotContain(activityB.name(), siteB.name());
        Browser.Response sheets = a.get("/gestion/presences/structure");
        assertThat(sheets.body()).contains(siteA.name()).doesNotContain(siteB.name());
        Browser.Response setUp = a.get("/gestion/planning");
        assertThat(setUp.body()).contains(siteA.name()).doesNotContain(siteB.name(), "Créer la structure");
        for (String path : List.of(registerOfB, "/gestion/presences/structure?structure=" + siteB.id(),
                "/gestion/presences/structure?structure=" + siteB.id() + "&jour=" + day,
                "/gestion/planning/activites/" + activityB.id() + "/occupation",
                "/gestion/planning/activites/" + activityB.id(),
                "/gestion/planning/activites/" + activityB.id() + "/modifier",
                "/gestion/planning/structures/" + siteB.id(),
                "/gestion/planning/structures/" + siteB.id() + "/activites/nouvelle")) {
            Browser.Response response = a.get(path);
            assertThat(response.status()).as("GET " + path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("SITEBE", "Berenice", "BERENICE");
        }
        Map<String, String> sheetOfB = Map.of("_csrf", token, "activite", activityB.id().toString(),
                "jour", day.toString(), "presence_" + child.value(), "PRESENT");
        assertThat(a.post("/gestion/presences", sheetOfB).status()).isEqualTo(404);
        assertThat(a.post("/gestion/presences/ajout", Map.of("_csrf", token, "activite", activityB.id().toString(),
                "jour", day.toString(), "enfant", child.value().toString())).status()).isEqualTo(404);
        assertThat(a.post("/gestion/presences/tous-presents", Map.of("_csrf", token,
                "activite", activityB.id().toString(), "jour", day.toString(), "structure", siteB.id().toString()))
                .status()).isEqualTo(404);
        assertThat(a.post("/gestion/planning/structures/" + siteB.id() + "/nom", Map.of("_csrf", token,
                "name", "Renommée par A")).status()).isEqualTo(404);
        assertThat(a.post("/gestion/planning/structures", Map.of("_csrf", token, "name", "Nouvelle " + UUID.randomUUID()))
                .status()).as("creating a facility is the administrators'").isEqualTo(403);
        AttendanceRegister registerB = context.getBean(ViewAttendanceRegisterUseCase.class)
                .register(activityB.id(), day).orElseThrow();
        assertThat(registerB.lines()).as("nothing recorded on B's register").isNotEmpty()
                .allSatisfy(line -> assertThat(line.mark()).isNull());
        assertThat(context.getBean(ViewPlanningSetUpUseCase.class).facility(siteB.id()).orElseThrow().name())
                .isEqualTo(siteB.name());

        // A's own register and set-up open as before
        assertThat(a.get("/gestion/presences?activite=" + activityA.id() + "&jour=" + day).status()).isEqualTo(200);
        assertThat(a.get("/gestion/presences/structure?structure=" + siteA.id()).status()).isEqualTo(200);
        assertThat(a.get("/gestion/planning/activites/" + activityA.id() + "/occupation").status()).isEqualTo(200);
        assertThat(a.get("/gestion/planning/structures/" + siteA.id()).status()).isEqualTo(200);
        assertThat(a.get("/gestion/accueil").body()).as("Agents et sites is the administrators'")
                .doesNotContain("href=\"/gestion/agents\"", "Agents et sites");

        // an administrator sees every facility, B's register with its child, and "Agents et sites"
        Browser admin = logIn(accounts.newStaff("SitesPlanning2026c"));
        Browser.Response adminRegister = admin.get(registerOfB);
        assertThat(adminRegister.status()).isEqualTo(200);
        assertThat(adminRegister.body()).contains("SITEBE");
        assertThat(admin.get("/gestion/presences").body()).contains(activityA.name(), activityB.name());
        assertThat(admin.get("/gestion/planning").body()).contains(siteA.name(), siteB.name(), "Créer la structure");
        assertThat(admin.get("/gestion/presences/structure?structure=" + siteB.id()).body()).contains("SITEBE");
        assertThat(admin.get("/gestion/accueil").body()).contains("href=\"/gestion/agents\"");
    }

    @Test
    void a_member_of_staff_nobody_assigned_sees_no_facility_in_planning() {
        RegisterFixture.Activity activity = new RegisterFixture(context).newActivity(3);
        Browser browser = logIn(new TestAccounts(context).newStaffOf("SitesPlanning2026d"));
        assertThat(browser.get("/gestion/presences").body()).doesNotContain(activity.name());
        assertThat(browser.get("/gestion/presences?activite=" + activity.id()).status()).isEqualTo(404);
        assertThat(browser.get("/gestion/planning/activites/" + activity.id() + "/occupation").status())
                .isEqualTo(404);
    }
}
