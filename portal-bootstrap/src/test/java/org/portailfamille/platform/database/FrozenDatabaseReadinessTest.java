package org.portailfamille.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13, finding 12: when the database freezes (its processes stopped: packets are accepted, nothing answers),
 * readiness's database check answers DOWN within two seconds, and UP again when the database thaws. Spring Boot's own
 * check waited as long as the database did.
 */
class FrozenDatabaseReadinessTest {

    static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    /** The postmaster (first line of postmaster.pid) and every process it started. */
    static List<Long> processesOf(Path dataDirectory) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(handle -> handle.descendants().forEach(child -> pids.add(child.pid())));
        return pids;
    }

    static Duration timed(HealthIndicator indicator, Status[] status) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Health> health = CompletableFuture.supplyAsync(indicator::health);
        status[0] = health.get(60, TimeUnit.SECONDS).getStatus();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void readiness_answers_down_within_two_seconds_when_the_database_freezes(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("data");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).start();
             HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            dataSource.setUsername("postgres");
            dataSource.setPassword("postgres");
            dataSource.setConnectionTimeout(30_000);
            DatabaseHealthIndicator indicator = new DatabaseHealthIndicator(dataSource, Duration.ofMillis(1500));
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            List<Long> processes = processesOf(data);

            signal("STOP", processes);
            try {
                Status[] status = new Status[1];
                assertThat(timed(indicator, status)).isLessThan(Duration.ofSeconds(2));
                assertThat(status[0]).isEqualTo(Status.DOWN);
                assertThat(timed(indicator, status)).as("a second check while the first is stuck")
                        .isLessThan(Duration.ofSeconds(2));
                assertThat(status[0]).isEqualTo(Status.DOWN);
                // Spring Boot's own check, for comparison: still waiting after two seconds.
                CompletableFuture<Health> boots = CompletableFuture.supplyAsync(
                        () -> new DataSourceHealthIndicator(dataSource).health());
                assertThatThrownBy(() -> boots.get(2, TimeUnit.SECONDS))
                        .as("Spring Boot's check waits as long as the database").isInstanceOf(TimeoutException.class);
            } finally {
                signal("CONT", processes);
            }
            await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                    .until(() -> indicator.health().getStatus().equals(Status.UP));
            indicator.close();
        }
    }
}
