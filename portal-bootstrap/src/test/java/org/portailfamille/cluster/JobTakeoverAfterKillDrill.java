package org.portailfamille.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Job takeover after a crash (issue 15, ADR 0037/0042), run by the {@code cluster} profile with the kill drill: instance
 * A (a JVM of its own) claims a db-scheduler execution of a long job and is killed with SIGKILL while running it;
 * instance B, on the same PostgreSQL, finds the execution dead once A's heartbeats stop (6 missed heartbeats, 1 s apart
 * here; 10 s in production) and runs it, once.
 */
class JobTakeoverAfterKillDrill {

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    private static final int MISSED_HEARTBEATS = 6; // db-scheduler's default limit

    private static EmbeddedPostgres postgres;
    private static Process instanceA;
    private static ConfigurableApplicationContext instanceB;

    @AfterAll
    static void stopAll() throws Exception {
        if (instanceA != null) {
            instanceA.destroyForcibly().waitFor();
        }
        if (instanceB != null) {
            instanceB.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_job_held_by_a_killed_instance_is_run_by_the_other_once() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
        db.sql("""
                CREATE TABLE public.drill_probe (id bigserial PRIMARY KEY, started_by text NOT NULL,
                  started_at timestamptz NOT NULL DEFAULT clock_timestamp(), finished_at timestamptz)""").update();

        // A: a JVM of its own whose run of the probe lasts ten minutes
        Path log = Path.of("target", "job-takeover-instance-a.log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), SlowJobInstance.class.getName()));
        command.addAll(settings("a", Duration.ofMinutes(10)));
        instanceA = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.printf("[drill] job takeover: instance A started (pid %d, log %s)%n", instanceA.pid(), log);
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(instanceA.isAlive()).as("instance A is running (see %s)", log).isTrue();
            return count(db, "SELECT count(*) FROM public.drill_probe") > 0;
        });
        String pickedByA = db.sql("SELECT started_by FROM public.drill_probe").query(String.class).single();
        assertThat(db.sql("SELECT picked_by FROM public.scheduled_tasks WHERE task_name = :task AND picked")
                .param("task", SlowJobInstance.PROBE).query(String.class).optional()).hasValue(pickedByA);

        // B: a Spring context in this JVM, on the same database; it must not touch A's execution while A lives
        instanceB = new SpringApplicationBuilder(PortalApplication.class, SlowJobInstance.ProbeJob.class)
                .run(settings("b", Duration.ZERO).toArray(String[]::new));
        assertThat(count(db, "SELECT count(*) FROM public.drill_probe")).as("runs while A holds the job").isEqualTo(1);

        Instant killedAt = Instant.now();
        instanceA.destroyForcibly(); // SIGKILL
        instanceA.waitFor();
        System.out.printf("[drill] job takeover: instance A killed (SIGKILL) while running %s (picked by %s)%n",
                SlowJobInstance.PROBE, pickedByA);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                count(db, "SELECT count(*) FROM public.drill_probe WHERE finished_at IS NOT NULL") > 0);
        Timestamp takenOver = db.sql("SELECT started_at FROM public.drill_probe WHERE finished_at IS NOT NULL")
                .query(Timestamp.class).single();
        Thread.sleep(5 * HEARTBEAT.toMillis()); // a second run, by anyone, would show here
        List<Map<String, Object>> runs = db.sql("SELECT started_by, finished_at FROM public.drill_probe ORDER BY id")
                .query().listOfRows();
        long seconds = Duration.between(killedAt, takenOver.toInstant()).toSeconds();
        System.out.printf("[drill] job takeover: instance B ran it %d s after the kill (dead after %d missed heartbeats "
                + "of %d s); runs of the job: %d started (A's, cut by the kill, and B's), %d finished%n", seconds,
                MISSED_HEARTBEATS, HEARTBEAT.toSeconds(), runs.size(),
                runs.stream().filter(run -> run.get("finished_at") != null).count());

        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).containsEntry("started_by", pickedByA).containsEntry("finished_at", null);
        assertThat(runs.get(1).get("started_by")).isNotEqualTo(pickedByA);
        assertThat(runs.get(1).get("finished_at")).isNotNull();
        assertThat(seconds).as("taken over after the dead-execution timeout, not before")
                .isGreaterThanOrEqualTo(MISSED_HEARTBEATS * HEARTBEAT.toSeconds() - 2);
        assertThat(db.sql("SELECT picked FROM public.scheduled_tasks WHERE task_name = :task")
                .param("task", SlowJobInstance.PROBE).query(Boolean.class).single()).as("released, next run in an hour")
                .isFalse();
    }

    private static List<String> settings(String name, Duration probeSleep) throws Exception {
        Path storage = Files.createTempDirectory("portal-takeover-" + name);
        return Map.ofEntries(
                        Map.entry("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres")),
                        Map.entry("spring.datasource.username", "postgres"),
                        Map.entry("spring.datasource.password", "postgres"),
                        Map.entry("server.port", "0"), Map.entry("management.server.port", "0"),
                        Map.entry("portal.storage.certificates", storage + File.separator + "certificates"),
                        Map.entry("portal.storage.attachments", storage + File.separator + "attachments"),
                        Map.entry("portal.storage.documents", storage + File.separator + "documents"),
                        Map.entry("portal.jobs.heartbeat-interval", "PT" + HEARTBEAT.toSeconds() + "S"),
                        Map.entry("portal.jobs.polling-interval", "PT0.5S"),
                        Map.entry("drill.probe.sleep", probeSleep.toString())).entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
