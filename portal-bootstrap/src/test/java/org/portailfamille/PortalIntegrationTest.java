package org.portailfamille;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole portal on a random port, on its embedded PostgreSQL with the demo data and the demo SMTP
 * server (GreenMail). Every test class using this annotation shares one Spring context (and one database),
 * so tests create their own families and logins ({@link TestAccounts}) instead of changing the demo ones.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.municipality.website-url=https://www.saint-jean.example/",
                "portal.storage.certificates=${java.io.tmpdir}/portail-famille-tests/certificates",
                "portal.storage.attachments=${java.io.tmpdir}/portail-famille-tests/attachments",
                "portal.outbox.poll-interval=PT0.2S", "portal.outbox.initial-backoff=PT0.5S"})
public @interface PortalIntegrationTest {
}
