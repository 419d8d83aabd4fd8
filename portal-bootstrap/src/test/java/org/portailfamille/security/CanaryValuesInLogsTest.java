package org.portailfamille.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.security.Browser.Response;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets and health data never reach the logs: a password (right and wrong), a new password, a reset token, an
 * IBAN and a health note go through the portal's real forms — log in, change the password, the forgotten password
 * mail and its link, the bank details and health data requests, staff reading them — with the portal's own loggers
 * at DEBUG (the framework's at their configured level), and none of these values appears in what was logged.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CanaryValuesInLogsTest {

    static final String PASSWORD = "Canari-Passe-58213";
    static final String WRONG_PASSWORD = "Canari-Faux-77102";
    static final String NEW_PASSWORD = "Canari-Nouveau-36920";
    static final String RESET_PASSWORD = "Canari-Reinit-41177";
    static final String IBAN = "FR7630006000011234567890189";
    static final String HEALTH_NOTE = "Canari-Sante-Allergie-90412";
    /**
     * The portal's own loggers at DEBUG; the framework's stay at the configured level (INFO): Spring's DEBUG
     * request logging prints request URLs, the reset link's included (docs/security.md says so).
     */
    static final List<String> LOGGERS = List.of("org.portailfamille", "org.springframework.mail");

    @Autowired
    ApplicationContext context;
    @Autowired
    LoggingSystem loggingSystem;
    @LocalServerPort
    int port;

    @BeforeEach
    void portalLoggersAtDebug() {
        LOGGERS.forEach(logger -> loggingSystem.setLogLevel(logger, LogLevel.DEBUG));
    }

    @AfterEach
    void portalLoggersBack() {
        LOGGERS.forEach(logger -> loggingSystem.setLogLevel(logger, null));
    }

    @Test
    void passwords_a_reset_token_an_iban_and_a_health_note_never_appear_in_the_logs(CapturedOutput output) {
        String email = "canari." + System.nanoTime() + "@example.org";
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent parent = accounts.newParent(PASSWORD, false, email);
        ChildId child = context.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), "CANARI", "TEST", LocalDate.of(2019, 3, 1), "FEMALE", "École Jules Ferry", "CP",
                true, false, List.of(new AuthorisedPersonDetails("MARIE DURAND", "Grand-mère", "06 11 22 33 44", true,
                        true)),
                new HealthDetails("Dr MARTIN", "05 61 00 00 00", "", "", false, true, false, "")));

        Browser stranger = new Browser(port, TestAddresses.next());
        assertThat(stranger.logIn(parent.username(), WRONG_PASSWORD).isRedirectTo("/connexion")).isTrue();

        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), PASSWORD).isRedirectTo("/famille/accueil")).isTrue();
        Response changed = browser.submit("/mot-de-passe/changer", "/mot-de-passe/changer", Map.of(
                "currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(302);

        Response bank = PageForms.submit(browser, "/famille/mon-compte/bancaires", "/famille/mon-compte/bancaires",
                Map.of("values[accountHolder]", "CAMILLE TEST", "values[bankName]", "BANQUE TEST",
                        "values[iban]", IBAN, "values[bic]", "BNPAFRPP", "values[directDebit]", "true"));
        assertThat(bank.status()).as("bank details request " + bank).isEqualTo(302);
        String healthPage = "/famille/enfants/" + child.value() + "/donnees-sanitaires";
        Response health = PageForms.submit(browser, healthPage, "/donnees-sanitaires",
                Map.of("values[remarks]", HEALTH_NOTE));
        assertThat(health.status()).as("health data request " + health).isEqualTo(302);

        Browser anonymous = new Browser(port, TestAddresses.next());
        anonymous.submit("/mot-de-passe/oublie", "/mot-de-passe/oublie", Map.of("identifier", email));
        Mailbox mailbox = new Mailbox(context);
        String link = mailbox.lastResetLinkPath(email);
        String token = Mailbox.tokenOf(link);
        Response reset = anonymous.submit(link, "/mot-de-passe/reinitialiser",
                Map.of("token", token, "newPassword", RESET_PASSWORD, "confirmation", RESET_PASSWORD));
        assertThat(reset.status()).as("reset " + reset).isEqualTo(302);

        TestAccounts.Staff staff = accounts.newStaff("Canari-Agent-2026");
        Browser office = new Browser(port, TestAddresses.next());
        office.logIn(staff.username(), staff.password());
        String queue = office.get("/gestion/demandes").body();
        assertThat(queue).as("staff queue").contains("TEST");
        for (String requestPath : java.util.regex.Pattern.compile("href=\"(/gestion/demandes/[0-9a-f-]{36})\"")
                .matcher(queue).results().map(result -> result.group(1)).distinct().toList()) {
            office.get(requestPath); // staff open each request: health data read (and audited), bank details shown
        }

        String logged = output.getAll();
        assertThat(logged).as("something was logged while the forms ran").isNotBlank();
        for (String canary : List.of(PASSWORD, WRONG_PASSWORD, NEW_PASSWORD, RESET_PASSWORD, token, IBAN,
                "3000 6000 0112 3456 7890 189", "30006000011234567890189", HEALTH_NOTE)) {
            assertThat(logged).as("the logs carry " + canary).doesNotContain(canary);
        }
    }
}
