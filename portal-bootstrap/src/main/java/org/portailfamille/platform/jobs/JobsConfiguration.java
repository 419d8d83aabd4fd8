package org.portailfamille.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The portal's jobs run through db-scheduler on the portal's PostgreSQL (table {@code scheduled_tasks}, ADR 0037):
 * each recurring job has one row, and an instance runs it only after claiming that row, so with several instances
 * every job runs once per period. A module declares its job as a {@link RecurringTask} bean in its
 * {@code adapter.in.schedule} package (no {@code @Scheduled}); this configuration starts them all.
 *
 * <p>The scheduler keeps its own time (the system clock): the portal's {@link java.time.Clock} is for the business
 * rules the jobs apply, not for when the jobs wake up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
public class JobsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

    @Bean
    JobScheduler jobScheduler(DataSource dataSource, List<Task<?>> tasks, ObjectProvider<MeterRegistry> registry,
                              @Value("${portal.jobs.polling-interval:PT10S}") Duration pollingInterval,
                              @Value("${portal.jobs.heartbeat-interval:PT10S}") Duration heartbeatInterval,
                              @Value("${portal.jobs.threads:4}") int threads,
                              @Value("${portal.jobs.shutdown-max-wait:PT20S}") Duration shutdownMaxWait) {
        log.info("Jobs: {}", tasks.stream().map(Task::getName).sorted().toList());
        return new JobScheduler(() -> newScheduler(dataSource, tasks, registry.getIfAvailable(), pollingInterval,
                heartbeatInterval, threads, shutdownMaxWait));
    }

    /** A new scheduler, named after this JVM and a random part (two instances on one host differ). */
    static Scheduler newScheduler(DataSource dataSource, List<Task<?>> tasks, MeterRegistry meters,
                                  Duration pollingInterval, Duration heartbeatInterval, int threads,
                                  Duration shutdownMaxWait) {
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        String name = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var builder = Scheduler.create(dataSource, tasks.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList())
                .startTasks(recurring)
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeatInterval)
                .threads(threads)
                .shutdownMaxWait(shutdownMaxWait)
                .deleteUnresolvedAfter(Duration.ofDays(7));
        if (meters != null) {
            builder.addExecutionInterceptor(new JobRunMetrics(meters));
        }
        log.info("Jobs scheduler {} starting", name);
        return builder.build();
    }

    /**
     * Event publications whose listener did not complete (the instance died, the listener failed) are resubmitted by
     * this job, so by one instance at a time, instead of by every instance at its start.
     */
    @Bean
    RecurringTask<Void> republishIncompleteEvents(IncompleteEventPublications incomplete,
                                                  @Value("${portal.events.republish-every:PT1M}") Duration every,
                                                  @Value("${portal.events.republish-older-than:PT5M}") Duration olderThan) {
        return Tasks.recurring("platform-republish-incomplete-events", FixedDelay.of(every))
                .execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(olderThan));
    }
}
