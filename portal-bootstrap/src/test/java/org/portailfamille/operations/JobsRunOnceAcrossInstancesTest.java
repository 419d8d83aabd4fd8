package org.portailfamille.operations;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.portailfamille.platform.jobs.JobScheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal instances (two Spring contexts, as two JVMs would be) on ONE PostgreSQL (ADR 0037): every recurring job
 * runs once per period across them, not once per instance; when one instance stops, the other goes on running the
 * jobs; a stopping instance claims nothing more.
 */
class JobsRunOnceAcrossInstancesTest {

    private static final Duration PERIOD = Duration.ofSeconds(1);
    private static final List<String> PORTAL_JOBS = List.of("planning-place-offer-expiry", "billing-invoicing-runs",
            "billing-online-payment-reconciliation", "messaging-booking-deadline-reminder",
            "platform-republish-incomplete-events");

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    /** A job of the test: each run records when it ran and on which instance. */
    @Configuration(proxyBeanMethods = false)
    static class ProbeJob {
        @Bean
        RecurringTask<Void> probeJob(DataSource dataSource) {
            JdbcClient client = JdbcClient.create(dataSource);
            return Tasks.recurring("test-probe", FixedDelay.of(PERIOD)).execute((instance, context) ->
                    client.sql("INSERT INTO public.jobs_obs_probe (ran_by) VALUES (:by)")
                            .param("by", context.getExecution().pickedBy).update());
        }
    }

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        jdbc.sql("CREATE TABLE public.jobs_obs_probe (ran_at timestamptz NOT NULL DEFAULT clock_timestamp(), ran_by text)")
                .update();
        first = start("first");
        second = start("second");
    }

    static ConfigurableApplicationContext start(String name) throws Exception {
        String storage = Files.createTempDirectory("portal-" + name).toString();
        // command-line arguments: above application.properties (the management port of both would be 8081)
        return new SpringApplicationBuilder(PortalApplication.class, ProbeJob.class).run(Map.ofEntries(
                Map.entry("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres")),
                Map.entry("spring.datasource.username", "postgres"),
                Map.entry("spring.datasource.password", "postgres"),
                Map.entry("server.port", "0"), Map.entry("management.server.port", "0"),
                Map.entry("portal.storage.certificates", storage + "/certificates"),
                Map.entry("portal.storage.attachments", storage + "/attachments"),
                Map.entry("portal.storage.documents", storage + "/documents"),
                Map.entry("portal.jobs.polling-interval", "PT0.1S"),
                Map.entry("portal.planning.offer-expiry-delay", "PT1S"),
                Map.entry("portal.billing.worker.delay", "PT1S"),
                Map.entry("portal.payments.online.reconcile-every", "PT1S"),
                Map.entry("portal.messaging.booking-reminder.every", "PT1S"),
                Map.entry("portal.events.republish-every", "PT1S")).entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[]{first, second}) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static long runs(ConfigurableApplicationContext context, String job) {
        if (!context.isActive()) {
            return 0;
        }
        return context.getBean(MeterRegistry.class).find("portal.jobs.runs").tag("job", job).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    static List<Instant> probeRuns() {
        return jdbc.sql("SELECT ran_at FROM public.jobs_obs_probe ORDER BY ran_at").query(Timestamp.class).list()
                .stream().map(Timestamp::toInstant).toList();
    }

    @Test
    void each_job_runs_once_per_period_across_two_instances_and_goes_on_when_one_stops() throws Exception {
        // the jobs are started at once on both instances; wait for a steady state, then watch 8 periods
        await().atMost(Duration.ofSeconds(20)).until(() -> probeRuns().size() >= 2);
        Map<String, Long> before = PORTAL_JOBS.stream().collect(Collectors.toMap(job -> job,
                job -> runs(first, job) + runs(second, job)));
        int probesBefore = probeRuns().size();
        long start = System.nanoTime();
        Thread.sleep(8 * PERIOD.toMillis());
        double periods = Duration.ofNanos(System.nanoTime() - start).toMillis() / (double) PERIOD.toMillis();

        int probes = probeRuns().size() - probesBefore;
        assertThat(probes).as("probe runs in %.1f periods (twice as many if each instance ran it)", periods)
                .isBetween(3, (int) Math.ceil(periods) + 1);
        List<Instant> runs = probeRuns();
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            gaps.add(Duration.between(runs.get(i - 1), runs.get(i)));
        }
        assertThat(gaps).as("no two runs of the probe in one period").allSatisfy(gap ->
                assertThat(gap).isGreaterThanOrEqualTo(PERIOD.minusMillis(50)));
        for (String job : PORTAL_JOBS) {
            long ran = runs(first, job) + runs(second, job) - before.get(job);
            assertThat(ran).as(job + " runs on both instances together in %.1f periods", periods)
                    .isBetween(2L, (long) Math.ceil(periods) + 1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM public.scheduled_tasks WHERE task_name = 'test-probe'")
                .query(Long.class).single()).as("one row per recurring job, shared by the instances").isEqualTo(1);

        // one instance stops (graceful): its scheduler claims nothing more, the other one runs the jobs
        first.getBean(JobScheduler.class).stop();
        assertThat(first.getBean(JobScheduler.class).isRunning()).isFalse();
        first.close();
        int afterStop = probeRuns().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> probeRuns().size() >= afterStop + 3);
        String secondName = jdbc.sql("SELECT ran_by FROM public.jobs_obs_probe ORDER BY ran_at DESC LIMIT 1")
                .query(String.class).single();
        assertThat(jdbc.sql("SELECT count(DISTINCT ran_by) FROM public.jobs_obs_probe WHERE ran_at > now() - interval '2 seconds'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(secondName).isNotBlank();
        assertThat(runs(second, "planning-place-offer-expiry")).isPositive();
    }
}
