package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.planning.application.port.out.ActivitySetUps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activities' set-up a page shows is kept in memory under PostgreSQL's set-up version (ADR 0036): a change made
 * outside this instance's code (here plain SQL, as another instance would) is seen by the very next read.
 */
@PortalIntegrationTest
class SetUpCacheTest {

    @Autowired ActivitySetUps setUps;
    @Autowired DataSource dataSource;

    @Test
    void a_change_of_the_set_up_by_another_instance_is_seen_at_once() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID id = jdbc.queryForObject("select id from planning.activity order by name limit 1", UUID.class);
        ActivityId activity = new ActivityId(id);
        String name = setUps.setUpsOf(List.of(activity)).get(activity).activity().name();
        assertThat(setUps.setUpsOf(List.of(activity)).get(activity).activity().name()).isEqualTo(name);
        Long before = jdbc.queryForObject("select version from planning.set_up_version", Long.class);
        try {
            jdbc.update("update planning.activity set name = ? where id = ?", name + " (renommée)", id);

            assertThat(jdbc.queryForObject("select version from planning.set_up_version", Long.class))
                    .isGreaterThan(before);
            assertThat(setUps.setUpsOf(List.of(activity)).get(activity).activity().name())
                    .isEqualTo(name + " (renommée)");
        } finally {
            jdbc.update("update planning.activity set name = ? where id = ?", name, id);
        }
        assertThat(setUps.setUpsOf(List.of(activity)).get(activity).activity().name()).isEqualTo(name);
    }
}
