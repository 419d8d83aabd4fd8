package org.portailfamille;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The portal's clock in integration tests, always in the municipality's zone ({@link #ZONE}, never the system
 * zone), and under the tests' control: {@link #advance} moves it forward (a delay or an expiry passes without
 * sleeping), {@link #freezeAt} stops it at a fixed instant, {@link #reset} (after each test) puts it back.
 * <p>
 * It keeps step with real time by default because the shared context is also used by tests that compare the
 * portal's time with the database's {@code now()} (login throttle) and that order rows by their creation instant.
 * Tests compute "today" with {@code LocalDate.now(clock)}.
 */
public final class TestClock extends Clock {

    /** The municipality's zone (application.properties: portal.municipality.time-zone). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final Clock REAL = Clock.systemUTC();

    /**
     * The one test clock of the JVM: the bean of every portal test context, and what static fixtures use
     * ({@code LocalDate.now(TestClock.PORTAL)}).
     */
    public static final TestClock PORTAL = new TestClock();

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;

    private TestClock() {
        this(ZONE);
    }

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Moves the clock forward (or backward, with a negative amount). */
    public synchronized void advance(Duration amount) {
        if (frozen != null) {
            frozen = frozen.plus(amount);
        } else {
            offset = offset.plus(amount);
        }
    }

    /** Stops the clock at this instant until {@link #reset()}. */
    public void freezeAt(Instant instant) {
        frozen = instant;
    }

    /** Back to real time, unfrozen. */
    public synchronized void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock self = this;
        return other.equals(zone) ? this : new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return self.withZone(zone);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant fixed = frozen;
        return fixed != null ? fixed : REAL.instant().plus(offset);
    }
}
