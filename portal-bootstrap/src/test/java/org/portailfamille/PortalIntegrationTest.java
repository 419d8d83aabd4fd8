package org.portailfamille;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole portal on a random port, on its embedded PostgreSQL with the demo data and the demo SMTP
 * server (GreenMail). Every test class using this annotation shares one Spring context (and one database),
 * so tests create their own families and logins ({@link TestAccounts}) instead of changing the demo ones.
 * The portal's clock is the {@link TestClock} (municipality's zone, moved by tests instead of sleeping; put back
 * after each test). Tests compute dates with {@code LocalDate.now(clock)}, never in the system zone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {PortalApplication.class, TestClockConfiguration.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.municipality.website-url=https://www.saint-jean.example/",
                "portal.storage.certificates=${java.io.tmpdir}/portail-famille-tests/certificates",
                "portal.storage.attachments=${java.io.tmpdir}/portail-famille-tests/attachments",
                "portal.storage.documents=${java.io.tmpdir}/portail-famille-tests/documents",
                "portal.outbox.poll-interval=PT0.2S", "portal.outbox.initial-backoff=PT0.5S",
                "portal.messaging.booking-reminder.enabled=false",
                // logins of parallel tests on a busy build machine wait for their password check rather than being
                // told "réessayez dans un instant" (admission control, ADR 0039: AdmissionControlTest tests it)
                "portal.login.waiting-checks=64", "portal.login.max-wait=PT60S",
                // the tests' Browser stands for a proxy on the loopback that forwards each client's own address
                "portal.trusted-proxies=127.0.0.1,::1"})
@ExtendWith(TestClockReset.class)
public @interface PortalIntegrationTest {
}
