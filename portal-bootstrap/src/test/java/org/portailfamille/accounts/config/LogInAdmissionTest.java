package org.portailfamille.accounts.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.LogInUseCase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The login limiter's bound (ADR 0039): at most {@code concurrent} logins inside the use case, at most
 * {@code waiting} more waiting at most {@code maxWait}, the others told "busy" at once without reaching the use case.
 * The use case behind it stands for argon2: it blocks until the test lets it go.
 */
class LogInAdmissionTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostInside = new AtomicInteger();
    private final AtomicInteger checked = new AtomicInteger();

    /** A password check that takes as long as the test wants. */
    private final LogInUseCase slowCheck = command -> {
        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inside.decrementAndGet();
            checked.incrementAndGet();
        }
        return new LogInResult.Rejected();
    };

    private static LogInCommand command(int i) {
        return new LogInCommand("parent" + i, "Mot-De-Passe-1", "192.0.2." + i, "");
    }

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void at_most_the_bound_is_checked_at_once_a_few_wait_and_the_rest_are_told_busy_at_once() throws Exception {
        LogInAdmission admission = new LogInAdmission(slowCheck, 2, 3, Duration.ofSeconds(20));
        List<Future<LogInResult>> first = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // 2 checked, 3 waiting
            int n = i;
            first.add(pool.submit(() -> admission.logIn(command(n))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> inside.get() == 2 && admission.waiting() == 3);

        long start = System.nanoTime();
        LogInResult sixth = admission.logIn(command(6));
        assertThat(sixth).as("the queue is full: told at once").isInstanceOf(LogInResult.Busy.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(admission.refused()).isEqualTo(1);

        release.countDown();
        for (Future<LogInResult> answer : first) {
            assertThat(answer.get(20, TimeUnit.SECONDS)).as("the waiting ones had their turn")
                    .isInstanceOf(LogInResult.Rejected.class);
        }
        assertThat(mostInside.get()).as("password checks at once").isEqualTo(2);
        assertThat(checked.get()).as("the busy attempt never reached the use case").isEqualTo(5);
        assertThat(admission.logIn(command(7))).as("free again").isInstanceOf(LogInResult.Rejected.class);
    }

    @Test
    void a_login_that_waits_longer_than_the_bound_is_told_busy_and_frees_its_place() throws Exception {
        LogInAdmission admission = new LogInAdmission(slowCheck, 1, 1, Duration.ofMillis(300));
        Future<LogInResult> holding = pool.submit(() -> admission.logIn(command(1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> inside.get() == 1);

        long start = System.nanoTime();
        assertThat(admission.logIn(command(2))).isInstanceOf(LogInResult.Busy.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
        assertThat(admission.waiting()).as("its waiting place is free again").isZero();

        release.countDown();
        assertThat(holding.get(10, TimeUnit.SECONDS)).isInstanceOf(LogInResult.Rejected.class);
        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(checked.get()).isEqualTo(1);
    }

    @Test
    void a_login_that_could_not_have_its_turn_within_the_bound_is_told_busy_at_once_without_waiting()
            throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        HeldCheck held = new HeldCheck();
        // checks of 10 s (fake clock), 1 at a time, up to 16 may wait at most 35 s: 3 fit in line, not 16 (the bound
        // is long in real time too, so the three in line never time out before the test is done, however slow the machine)
        LogInAdmission admission = measured(held, now, Duration.ofSeconds(10), 16, Duration.ofSeconds(35));
        assertThat(admission.checkTime()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));

        held.holdDuring(admission, () -> {
            for (int i = 0; i < 3; i++) {
                int n = i;
                pool.submit(() -> admission.logIn(command(100 + n)));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> admission.waiting() == 3);
            long start = System.nanoTime();
            assertThat(admission.logIn(command(200))).as("4 checks ahead: 40 s > 35 s")
                    .isInstanceOf(LogInResult.Busy.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("told at once, not after the bound")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(admission.waiting()).isEqualTo(3);
            assertThat(admission.refused()).isEqualTo(1);
        });
    }

    @Test
    void by_default_half_the_processors_check_passwords_at_least_one() {
        assertThat(LogInAdmission.defaultConcurrency(1)).isEqualTo(1);
        assertThat(LogInAdmission.defaultConcurrency(2)).isEqualTo(1);
        assertThat(LogInAdmission.defaultConcurrency(8)).isEqualTo(4);
    }

    @Test
    void the_parents_told_to_wait_get_places_one_check_apart_in_a_line_sized_from_the_measured_checks()
            throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        HeldCheck held = new HeldCheck();
        // a check that takes 500 ms of the fake clock; none may wait, so a login during a check is told busy
        LogInAdmission admission = measured(held, now, Duration.ofMillis(500), 0, Duration.ZERO);
        assertThat(admission.checkTime()).isBetween(Duration.ofMillis(450), Duration.ofMillis(500));

        List<Duration> told = new ArrayList<>();
        held.holdDuring(admission, () -> {
            for (int i = 0; i < 12; i++) {
                LogInResult answer = admission.logIn(command(100 + i));
                assertThat(answer).isInstanceOf(LogInResult.Busy.class);
                told.add(((LogInResult.Busy) answer).retryAfter());
            }
            now.addAndGet(200_000_000_000L); // 200 s later the line is empty again
            told.add(((LogInResult.Busy) admission.logIn(command(200))).retryAfter());
        });
        assertThat(told.subList(0, 6)).as("never sooner than the minimum").containsOnly(LogInAdmission.MIN_RETRY);
        assertThat(told.get(11)).as("12 places about 0.5 s apart: about 6 s").isBetween(Duration.ofSeconds(5),
                Duration.ofSeconds(7));
        assertThat(told.subList(0, 12)).as("later in the line, later back").isSorted();
        assertThat(told.get(12)).as("an empty line again").isEqualTo(LogInAdmission.MIN_RETRY);
    }

    @Test
    void a_long_line_is_told_at_most_the_maximum() throws Exception {
        AtomicLong now = new AtomicLong();
        HeldCheck held = new HeldCheck();
        LogInAdmission admission = measured(held, now, Duration.ofSeconds(5), 0, Duration.ZERO);
        List<Duration> told = new ArrayList<>();
        held.holdDuring(admission, () -> {
            for (int i = 0; i < 50; i++) {
                told.add(((LogInResult.Busy) admission.logIn(command(100 + i))).retryAfter());
            }
        });
        assertThat(told.get(49)).isEqualTo(LogInAdmission.MAX_RETRY);
    }

    /**
     * One check at a time, each taking {@code check} of the fake clock {@code now}, after 40 checks (the measured average
     * converges on {@code check}).
     */
    private LogInAdmission measured(HeldCheck held, AtomicLong now, Duration check, int waiting, Duration maxWait) {
        LogInAdmission admission = new LogInAdmission(held.around(() -> now.addAndGet(check.toNanos())), 1, waiting,
                maxWait, now::get);
        for (int i = 0; i < 40; i++) {
            admission.logIn(command(i));
        }
        return admission;
    }

    /** A check that advances the fake clock and, while held, keeps its place until the test is done. */
    private final class HeldCheck {
        private volatile CountDownLatch hold;
        private final CountDownLatch entered = new CountDownLatch(1);

        LogInUseCase around(Runnable passTime) {
            return command -> {
                passTime.run();
                CountDownLatch latch = hold;
                if (latch != null) {
                    entered.countDown();
                    try {
                        latch.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new LogInResult.Rejected();
            };
        }

        void holdDuring(LogInAdmission admission, Runnable meanwhile) throws Exception {
            hold = new CountDownLatch(1);
            Future<LogInResult> holder = pool.submit(() -> admission.logIn(command(999)));
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            try {
                meanwhile.run();
            } finally {
                CountDownLatch latch = hold;
                hold = null;
                latch.countDown();
            }
            holder.get(10, TimeUnit.SECONDS);
        }
    }
}
