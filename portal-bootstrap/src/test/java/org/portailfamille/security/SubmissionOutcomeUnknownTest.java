package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.platform.submission.FormSubmissions;
import org.portailfamille.platform.submission.SubmissionKeyInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form posted again when its first submission never told its outcome (the instance running it was killed after
 * claiming the key, found by the kill drill, ADR 0042): the repeat is not run, and the person is sent to a French page
 * saying the outcome is unknown and where to check it, not to the home page without a word.
 */
@PortalIntegrationTest
class SubmissionOutcomeUnknownTest {

    @Autowired
    FormSubmissions submissions;
    @LocalServerPort
    int port;

    @Test
    void a_repeat_of_a_submission_left_without_outcome_is_not_run_and_is_told_to_check() throws Exception {
        String key = UUID.randomUUID().toString().replace("-", "");
        assertThat(submissions.claim(key, "user:parent.du.drill")).as("the first run claims the key, then dies").isTrue();

        MockHttpServletRequest repeat = new MockHttpServletRequest("POST", "/famille/mon-compte/responsable");
        repeat.setParameter(SubmissionKeyInterceptor.PARAMETER, key);
        repeat.setUserPrincipal(() -> "parent.du.drill");
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean run = new SubmissionKeyInterceptor(submissions, Duration.ofMillis(300))
                .preHandle(repeat, response, new Object());

        assertThat(run).as("the repeat never runs the form").isFalse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/envoi-non-confirme");
        assertThat(submissions.state(key)).as("the key stays taken: a third post is not run either").isPresent();

        Browser.Response page = new Browser(port, TestAddresses.next()).get("/envoi-non-confirme");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Envoi non confirmé", "n'a pas été envoyé une seconde fois",
                "Liste des demandes", "planning de l'enfant");
    }
}
