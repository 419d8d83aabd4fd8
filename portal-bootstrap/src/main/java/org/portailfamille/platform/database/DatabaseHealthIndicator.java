package org.portailfamille.platform.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The database part of readiness ({@code db}), in place of Spring Boot's, which waits as long as the database does:
 * a frozen database (a host paused, a network partition that drops packets) kept {@code /actuator/health/readiness}
 * hanging. Here the check runs on its own thread and answers DOWN after {@code timeout}; while a previous check is
 * still stuck, the next ones answer DOWN at once instead of piling up threads (issue 13, finding 12).
 */
public class DatabaseHealthIndicator implements HealthIndicator, AutoCloseable {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checks;

    public DatabaseHealthIndicator(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
        this.checks = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "database-health-check");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public Health health() {
        Future<Boolean> check;
        try {
            check = checks.submit(this::valid);
        } catch (RejectedExecutionException stillWaiting) {
            return Health.down().withDetail("reason", "the previous check is still waiting for the database").build();
        }
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().withDetail("database", "PostgreSQL").build()
                    : Health.down().withDetail("reason", "connection not valid").build();
        } catch (TimeoutException frozen) {
            return Health.down().withDetail("reason", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException failed) {
            return Health.down().withException(failed.getCause() instanceof Exception e ? e : failed).build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("reason", "interrupted").build();
        }
    }

    private boolean valid() throws Exception {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(seconds);
        }
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
