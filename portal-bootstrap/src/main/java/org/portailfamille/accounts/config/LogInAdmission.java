package org.portailfamille.accounts.config;

import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.LogInUseCase;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Admission control for logins (issue 14, ADR 0039). One argon2id check costs about 22 ms of a core and the log-in
 * use case runs in a transaction that holds a pooled connection (and the throttle rows' locks) while it hashes. At a
 * booking opening, thousands of parents log in within a minute: unbounded, the logins would take every core and
 * every connection and the bookings would wait behind them.
 * <p>
 * This decorator sits <em>outside</em> the use case's transaction: at most {@code concurrent} logins are inside the
 * use case (so at most that many connections and cores go to password checks); at most {@code waiting} more wait
 * for their turn, each at most {@code maxWait}, holding a request thread but no connection; any other attempt gets
 * {@link LogInResult.Busy} at once (the login form says "réessayez dans un instant"). A busy answer checks no
 * password and counts no failure, so it never feeds the brute-force throttle. argon2's parameters are not touched.
 */
public final class LogInAdmission implements LogInUseCase {

    private final LogInUseCase logIn;
    private final Semaphore checks;
    private final int concurrent;
    private final int waiting;
    private final long maxWaitNanos;
    private final AtomicInteger waiters = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    public LogInAdmission(LogInUseCase logIn, int concurrent, int waiting, Duration maxWait) {
        if (concurrent < 1 || waiting < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("concurrent >= 1, waiting >= 0, max wait >= 0");
        }
        this.logIn = logIn;
        this.checks = new Semaphore(concurrent, true); // fair: first come, first checked
        this.concurrent = concurrent;
        this.waiting = waiting;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** Half the processors, at least one: the other half stays for the pages and the bookings. */
    static int defaultConcurrency(int processors) {
        return Math.max(1, processors / 2);
    }

    @Override
    public LogInResult logIn(LogInCommand command) {
        if (!checks.tryAcquire()) {
            if (waiters.incrementAndGet() > waiting) {
                waiters.decrementAndGet();
                return busy();
            }
            boolean admitted;
            try {
                admitted = checks.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                admitted = false;
            } finally {
                waiters.decrementAndGet();
            }
            if (!admitted) {
                return busy();
            }
        }
        try {
            return logIn.logIn(command);
        } finally {
            checks.release();
        }
    }

    private LogInResult busy() {
        refused.incrementAndGet();
        return new LogInResult.Busy();
    }

    /** Logins checked at most at once. */
    public int concurrent() {
        return concurrent;
    }

    /** Attempts refused as busy since the start (a gauge for operations). */
    public long refused() {
        return refused.get();
    }

    /** Attempts now waiting for their turn. */
    public int waiting() {
        return waiters.get();
    }
}
