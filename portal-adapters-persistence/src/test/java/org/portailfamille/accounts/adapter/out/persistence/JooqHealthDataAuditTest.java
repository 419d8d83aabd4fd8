package org.portailfamille.accounts.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.out.HealthDataAudit;
import org.portailfamille.accounts.domain.HealthDataRead;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail of staff reads of health data, read back per child, newest first. */
@SpringBootTest
class JooqHealthDataAuditTest {

    @Autowired
    HealthDataAudit audit;

    @Test
    void reads_are_kept_per_child_newest_first() {
        ChildId child = ChildId.newId();
        ChildId other = ChildId.newId();
        HealthDataRead first = new HealthDataRead("agent1", Instant.parse("2026-11-28T09:00:00Z"), child, "request:a");
        HealthDataRead second = new HealthDataRead("agent2", Instant.parse("2026-11-28T10:30:00Z"), child, "request:b");
        audit.record(first);
        audit.record(second);
        audit.record(new HealthDataRead("agent3", Instant.parse("2026-11-28T11:00:00Z"), other, "request:c"));

        assertThat(audit.ofChild(child)).containsExactly(second, first);
        assertThat(audit.ofChild(ChildId.newId())).isEmpty();
    }
}
