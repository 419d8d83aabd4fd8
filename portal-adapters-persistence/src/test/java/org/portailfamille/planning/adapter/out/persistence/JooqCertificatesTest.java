package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.portailfamille.planning.application.port.out.Certificates;
import org.portailfamille.planning.domain.Certificate;
import org.portailfamille.planning.domain.CertificateFormat;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Certificate metadata on the real schema: it reads back the same, and the table refuses what is no certificate. */
@SpringBootTest
class JooqCertificatesTest {

    @Autowired Certificates certificates;
    @Autowired DSLContext dsl;

    @Test
    void a_certificate_reads_back_as_stored_and_an_unknown_one_is_empty() {
        Certificate certificate = new Certificate(UUID.randomUUID(), FamilyId.newId(), ChildId.newId(),
                CertificateFormat.PNG, 12_345, "ab".repeat(32), Instant.now().truncatedTo(ChronoUnit.MICROS));
        certificates.add(certificate);

        assertThat(certificates.byId(certificate.id())).contains(certificate);
        assertThat(certificates.byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void the_table_refuses_another_media_type_and_a_file_over_5_mb() {
        assertThatThrownBy(() -> dsl.execute("INSERT INTO planning.certificate VALUES (?, ?, ?, 'text/html', 10, ?, now())",
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "0".repeat(64)))
                .hasStackTraceContaining("certificate_media_type_check");
        assertThatThrownBy(() -> dsl.execute("INSERT INTO planning.certificate VALUES (?, ?, ?, 'application/pdf', ?, ?, now())",
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 5L * 1024 * 1024 + 1, "0".repeat(64)))
                .hasStackTraceContaining("certificate_size_check");
    }
}
