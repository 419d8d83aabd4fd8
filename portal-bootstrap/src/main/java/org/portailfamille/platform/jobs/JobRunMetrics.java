package org.portailfamille.platform.jobs;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts and times every job run on this instance: {@code portal.jobs.runs} (a timer, tags {@code job} and
 * {@code outcome} = success or failure). Summed over the instances it is the number of runs of each job.
 */
class JobRunMetrics implements ExecutionInterceptor {

    private final MeterRegistry registry;

    JobRunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> taskInstance, ExecutionContext context, ExecutionChain chain) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            CompletionHandler<?> handler = chain.proceed(taskInstance, context);
            outcome = "success";
            return handler;
        } finally {
            sample.stop(Timer.builder("portal.jobs.runs").description("Runs of the portal's scheduled jobs")
                    .tag("job", taskInstance.getTaskName()).tag("outcome", outcome).register(registry));
        }
    }
}
