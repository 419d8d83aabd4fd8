package org.portailfamille.cluster;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.portailfamille.PortalApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * A portal instance with one more recurring job, {@value #PROBE}, for {@link JobTakeoverAfterKillDrill}: each run
 * records who started it, sleeps {@code drill.probe.sleep} (a long job on the instance that will be killed), then
 * records its end. Run as a JVM of its own ({@link #main}) or as a Spring context ({@link #start}).
 */
public final class SlowJobInstance {

    static final String PROBE = "drill-takeover-probe";

    private SlowJobInstance() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(PortalApplication.class, ProbeJob.class).run(args);
    }

    /**
     * A job that runs once an hour (so a second run in the drill's minutes would be a double run). Not a
     * {@code @Configuration}: test sources sit under the portal's package, and a scanned one would add this job to
     * every test context; it is given to {@link SpringApplicationBuilder} by name only (a "lite" configuration).
     */
    static class ProbeJob {
        @Bean
        RecurringTask<Void> drillTakeoverProbe(DataSource dataSource,
                                               @Value("${drill.probe.sleep:PT0S}") Duration sleep) {
            JdbcClient db = JdbcClient.create(dataSource);
            return Tasks.recurring(PROBE, FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> {
                long run = db.sql("INSERT INTO public.drill_probe (started_by) VALUES (:by) RETURNING id")
                        .param("by", context.getExecution().pickedBy).query(Long.class).single();
                try {
                    Thread.sleep(sleep.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                db.sql("UPDATE public.drill_probe SET finished_at = clock_timestamp() WHERE id = :id")
                        .param("id", run).update();
            });
        }
    }
}
