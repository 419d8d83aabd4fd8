package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 3: a medical absence's reason is health data. Staff lists (the request queue, the daily register)
 * mask it and leave no audit row; staff opening the request or its certificate is a read, audited each time.
 */
@PortalIntegrationTest
class SensitiveReadsTest {

    @Autowired ApplicationContext context;
    @Autowired BookDayUseCase book;
    @LocalServerPort int port;

    Browser loggedIn(String username, String password) {
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(username, password).status()).isEqualTo(302);
        return browser;
    }

    @Test
    void staff_lists_mask_a_medical_reason_and_each_staff_read_is_audited() {
        DemandsFixture fixture = new DemandsFixture(context);
        UUID activity = fixture.newActivity(5, "CONFIRMED_AT_ONCE");
        DemandsFixture.Kid kid = fixture.newKid(activity, "NOAH");
        LocalDate day = PlanningFixture.openDays(1).get(0);
        assertThat(book.bookDay(new BookDayCommand(kid.parent().familyId(), kid.child(), activity, day,
                kid.parent().username())).outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
        Browser parent = loggedIn(kid.parent().username(), kid.parent().password());
        String form = "/famille/enfants/" + kid.child() + "/absences/nouvelle?activite=" + activity + "&jour=" + day;
        assertThat(parent.postMultipart(form, Map.of("_csrf", parent.csrfTokenFrom(form), "etape", "confirmer",
                "motif", "ILLNESS", "commentaire", "Varicelle"), "certificat", "scan.pdf", "application/pdf",
                DemandsFixture.PDF).status()).isEqualTo(302);
        ChildId child = kid.child();
        AuditHealthDataUseCase audit = context.getBean(AuditHealthDataUseCase.class);
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Guichet2026x");
        Browser agent = loggedIn(staff.username(), staff.password());

        String queue = agent.get("/gestion/demandes?type=planning.absence&famille=" + kid.parent().familyNumber())
                .mainText();
        assertThat(queue).contains(kid.name()).doesNotContainIgnoringCase("maladie").doesNotContain("Varicelle");
        Browser.Response register = agent.get("/gestion/presences?activite=" + activity + "&jour=" + day);
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.mainText()).as("the daily register is a list: the reason is masked")
                .contains(kid.name().split(" ")[0]).contains("Absence")
                .doesNotContainIgnoringCase("maladie").doesNotContain("Varicelle");
        assertThat(audit.healthDataReads(child)).as("lists are no reads").isEmpty();

        String queueBody = agent.get("/gestion/demandes?type=planning.absence&famille="
                + kid.parent().familyNumber()).body();
        Matcher request = Pattern.compile("/gestion/demandes/([0-9a-f-]{36})").matcher(queueBody);
        assertThat(request.find()).isTrue();
        Browser.Response detail = agent.get(request.group());
        assertThat(detail.mainText()).contains("Maladie", "Varicelle");
        assertThat(audit.healthDataReads(child)).singleElement()
                .satisfies(read -> assertThat(read.reader()).isEqualTo(staff.username()));

        Matcher certificate = Pattern.compile("/gestion/absences/([0-9a-f-]{36})/certificat").matcher(detail.body());
        assertThat(certificate.find()).isTrue();
        assertThat(agent.getBytes(certificate.group()).status()).isEqualTo(200);
        assertThat(audit.healthDataReads(child)).hasSize(2).anySatisfy(read -> {
            assertThat(read.reader()).isEqualTo(staff.username());
            assertThat(read.purpose()).isEqualTo("certificate:" + certificate.group(1));
        });
    }
}
