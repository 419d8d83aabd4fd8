package org.portailfamille.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 11: {@code synchronous_commit=off} only for the throwaway demo database; with a data directory
 * (a real single-machine installation) an acknowledged commit survives a crash.
 */
class EmbeddedDatabaseDurabilityTest {

    static String synchronousCommit(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet result = connection.createStatement().executeQuery("show synchronous_commit")) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void a_kept_database_commits_synchronously(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration()
                .embeddedPostgres(directory.resolve("data").toString(), 0)) {
            assertThat(synchronousCommit(postgres)).isEqualTo("on");
        }
    }

    @Test
    void the_throwaway_database_keeps_the_fast_setting() throws Exception {
        try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres("", 0)) {
            assertThat(synchronousCommit(postgres)).isEqualTo("off");
        }
    }
}
