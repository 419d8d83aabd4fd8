package org.portailfamille.requests;

import org.portailfamille.security.TestAddresses;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.LogInUseCase;
import org.portailfamille.accounts.application.port.in.RegistrationForm;
import org.portailfamille.accounts.application.port.in.RegistrationOutcome;
import org.portailfamille.accounts.application.port.in.SubmitRegistrationUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Nouvelle inscription" round trip through the real SMTP server: the application is acknowledged by
 * e-mail and queued for staff; accepted, the applicant receives an identifiant and a temporary password that
 * open the portal (and must be changed); refused, the applicant receives the reason. One address may not
 * flood the queue.
 */
@PortalIntegrationTest
class RegistrationIntegrationTest {

    @Autowired SubmitRegistrationUseCase submitRegistration;
    @Autowired ViewRequestQueueUseCase queue;
    @Autowired DecideRequestUseCase decide;
    @Autowired LogInUseCase logIn;
    @Autowired GreenMail mailServer;

    private Map<String, String> application(String lastName, String email) {
        Map<String, String> values = new HashMap<>();
        values.put("civility", "MADAME");
        values.put("lastName", lastName);
        values.put("firstName", "Élise");
        values.put("guardianRole", "MOTHER");
        values.put("maritalStatus", "MARRIED");
        values.put("addressLine", "7 RUE DES ECOLES");
        values.put("postcode", "31400");
        values.put("city", "SAINT - JEAN");
        values.put("email", email);
        values.put("emailConsent", "true");
        values.put("partnerCivility", "MONSIEUR");
        values.put("partnerLastName", lastName);
        values.put("partnerFirstName", "Paul");
        values.put("child1FirstName", "Léa");
        values.put("child1BirthDate", "2019-03-15");
        values.put("child1Sex", "FEMALE");
        values.put("message", "Nous arrivons dans la commune en janvier.");
        return values;
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private RequestView queued(String lastName) {
        return queue.pendingRequests(new RequestQueueQuery("accounts.registration", null)).stream()
                .filter(request -> lastName.equals(request.payload().get("lastName"))).findFirst().orElseThrow();
    }

    @Test
    void an_accepted_application_opens_an_account_whose_credentials_arrive_by_mail() {
        String lastName = "NOUVEL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        String email = lastName.toLowerCase() + "@example.org";
        RegistrationOutcome outcome = submitRegistration.submitRegistration(
                RegistrationForm.fromFields(application(lastName, email), TestAddresses.next()));
        assertThat(outcome.status()).isEqualTo(RegistrationOutcome.Status.SUBMITTED);
        // mail leaves through the outbox after commit (ADR 0020)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(email)).hasSize(1));

        RequestView request = queued(lastName);
        assertThat(request.familyId()).isNull();
        assertThat(request.payload()).containsEntry("child1FirstName", "LÉA").containsEntry("childrenCount", "1");
        assertThat(decide.decide(new DecideRequestCommand(request.id(), request.version(), true, "agent", null))
                .decided()).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 2);
        String body = mailsTo(email).stream().map(GreenMailUtil::getBody)
                .filter(text -> text.contains("Identifiant :")).findFirst().orElseThrow();
        Matcher username = Pattern.compile("Identifiant : (\\S+)").matcher(body);
        Matcher password = Pattern.compile("Mot de passe provisoire : (\\S+)").matcher(body);
        assertThat(username.find()).isTrue();
        assertThat(password.find()).isTrue();
        assertThat(username.group(1)).startsWith("elise." + lastName.toLowerCase());

        LogInResult result = logIn.logIn(new LogInCommand(username.group(1), password.group(1), TestAddresses.next()));
        assertThat(result).isInstanceOf(LogInResult.Authenticated.class);
        assertThat(((LogInResult.Authenticated) result).user().passwordChangeRequired()).isTrue();
    }

    @Test
    void a_refused_application_is_answered_with_the_reason() throws Exception {
        String lastName = "REFUS" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        String email = lastName.toLowerCase() + "@example.org";
        submitRegistration.submitRegistration(RegistrationForm.fromFields(application(lastName, email), TestAddresses.next()));
        RequestView request = queued(lastName);
        decide.decide(new DecideRequestCommand(request.id(), request.version(), false, "agent",
                "Vous n'habitez pas la commune."));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 2);
        // the two mails leave through the outbox: whichever arrived last, one of them tells the reason
        assertThat(mailsTo(email)).anySatisfy(mail -> assertThat(GreenMailUtil.getBody(mail))
                .contains("Vous n'habitez pas la commune."));
    }

    @Test
    void invalid_applications_change_nothing_and_one_address_is_limited() {
        Map<String, String> bad = application("MAUVAIS", "");
        bad.put("postcode", "ABCDE");
        bad.put("child1BirthDate", "1990-01-01");
        RegistrationOutcome invalid = submitRegistration.submitRegistration(RegistrationForm.fromFields(bad, TestAddresses.next()));
        assertThat(invalid.status()).isEqualTo(RegistrationOutcome.Status.INVALID);
        assertThat(invalid.problems()).containsKeys("postcode", "email", "child1BirthDate");

        String address = TestAddresses.next();
        for (int i = 0; i < SubmitRegistrationUseCase.MAX_PER_ADDRESS_PER_HOUR; i++) {
            assertThat(submitRegistration.submitRegistration(RegistrationForm.fromFields(
                    application("FLOT" + i, "flot" + i + "@example.org"), address)).status())
                    .isEqualTo(RegistrationOutcome.Status.SUBMITTED);
        }
        assertThat(submitRegistration.submitRegistration(RegistrationForm.fromFields(
                application("FLOTX", "flotx@example.org"), address)).status())
                .isEqualTo(RegistrationOutcome.Status.TOO_MANY);
    }
}
