package org.portailfamille.accounts.config;

import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.LogInUseCase;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Admission control for logins (issue 14, ADR 0039). One argon2id check costs about 22 ms of a core and the log-in
 * use case runs in a transaction that holds a pooled connection (and the throttle rows' locks) while it hashes. At a
 * booking opening, thousands of parents log in within a minute: unbounded, the logins would take every core and
 * every connection and the bookings would wait behind them.
 * <p>
 * This decorator sits <em>outside</em> the use case's transaction: at most {@code concurrent} logins are inside the
 * use case (so at most that many connections and cores go to password checks); at most {@code waiting} more wait
 * for their turn, each at most {@code maxWait} (and only when the measured checks ahead of it should end within that
 * bound, ADR 0050), holding a request thread but no connection; any other attempt gets
 * {@link LogInResult.Busy} at once (the login form says "réessayez dans un instant"). A busy answer checks no
 * password and counts no failure, so it never feeds the brute-force throttle. argon2's parameters are not touched.
 * <p>
 * The waiting room (ADR 0045): a busy answer says when to come back. Each one takes the next place of a virtual
 * line whose places are one check apart (the check's measured time, an average of the last ones, divided by the
 * checks allowed at once), so the parents told to wait come back spread at the rate the portal checks passwords,
 * not all at once; at least {@link #MIN_RETRY}, at most {@link #MAX_RETRY}.
 */
public final class LogInAdmission implements LogInUseCase {

    private final LogInUseCase logIn;
    private final Semaphore checks;
    private final int concurrent;
    private final int waiting;
    private final long maxWaitNanos;
    private final AtomicInteger waiters = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    static final Duration MIN_RETRY = Duration.ofSeconds(3);
    static final Duration MAX_RETRY = Duration.ofSeconds(60);
    /** Before any check was measured: about one argon2id check on a loaded core. */
    static final Duration FIRST_CHECK_ESTIMATE = Duration.ofMillis(40);
    private final LongSupplier nanoTime;
    private final AtomicLong checkNanos = new AtomicLong(FIRST_CHECK_ESTIMATE.toNanos());
    /** When the last place of the virtual line comes (System.nanoTime's scale). */
    private long lineEndsAt;
    private boolean lineStarted;

    public LogInAdmission(LogInUseCase logIn, int concurrent, int waiting, Duration maxWait) {
        this(logIn, concurrent, waiting, maxWait, System::nanoTime);
    }

    LogInAdmission(LogInUseCase logIn, int concurrent, int waiting, Duration maxWait, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
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
            int place = waiters.incrementAndGet();
            if (place > waiting || expectedWaitNanos(place) > maxWaitNanos) {
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
        long start = nanoTime.getAsLong();
        try {
            return logIn.logIn(command);
        } finally {
            checks.release();
            long took = nanoTime.getAsLong() - start;
            checkNanos.accumulateAndGet(took, (average, last) -> average + (last - average) / 8);
        }
    }

    /**
     * How long the {@code place}-th login in line should wait, from the measured checks: the ones ahead of it and the
     * ones being checked, {@code concurrent} at a time. A login that could not have its turn within the bound is told
     * at once rather than after waiting the bound for nothing (ADR 0050).
     */
    private long expectedWaitNanos(int place) {
        return place * checkNanos.get() / concurrent;
    }

    private LogInResult busy() {
        refused.incrementAndGet();
        return new LogInResult.Busy(nextPlaceInLine());
    }

    /** The next place of the virtual line: one check (shared among the checks allowed at once) after the last. */
    private synchronized Duration nextPlaceInLine() {
        long now = nanoTime.getAsLong();
        long spacing = Math.max(1, checkNanos.get() / concurrent);
        long from = lineStarted && lineEndsAt - now > 0 ? lineEndsAt : now;
        lineEndsAt = Math.min(from + spacing, now + MAX_RETRY.toNanos());
        lineStarted = true;
        long wait = lineEndsAt - now;
        long seconds = Math.max(MIN_RETRY.toSeconds(), (wait + 999_999_999L) / 1_000_000_000L);
        return Duration.ofSeconds(Math.min(seconds, MAX_RETRY.toSeconds()));
    }

    /** The measured time of one check (a moving average). */
    public Duration checkTime() {
        return Duration.ofNanos(checkNanos.get());
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
