package org.portailfamille.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

import java.util.function.Supplier;

/**
 * The portal's db-scheduler (ADR 0037), started with the context and stopped early in its shutdown: a stopping
 * instance claims no further execution and waits at most {@code portal.jobs.shutdown-max-wait} for the ones it is
 * running. What another instance claimed is never run here; an execution left by a killed instance is taken over
 * once its heartbeats stop. A db-scheduler cannot start again once stopped, so each start builds a new one (a
 * context paused and restarted, as the test context cache does).
 */
public class JobScheduler implements SmartLifecycle {

    private final Supplier<Scheduler> schedulers;
    private volatile Scheduler scheduler;
    private volatile boolean running;

    public JobScheduler(Supplier<Scheduler> schedulers) {
        this.schedulers = schedulers;
    }

    @Override
    public synchronized void start() {
        if (!running) {
            scheduler = schedulers.get();
            scheduler.start();
            running = true;
        }
    }

    @Override
    public synchronized void stop() {
        if (running) {
            running = false;
            scheduler.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown and the data source: jobs end while the database is there. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
