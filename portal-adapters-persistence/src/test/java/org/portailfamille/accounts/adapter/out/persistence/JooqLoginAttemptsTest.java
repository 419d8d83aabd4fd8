package org.portailfamille.accounts.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.domain.LoginThrottlePolicy.FailedAttempts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JooqLoginAttemptsTest {

    private static final Duration WINDOW = Duration.ofHours(1);

    @Autowired
    LoginAttempts attempts;
    @Autowired
    PlatformTransactionManager transactionManager;

    static String uniqueKey() {
        return "login:test." + System.nanoTime();
    }

    @Test
    void an_unknown_key_has_no_failures() {
        assertThat(attempts.of(uniqueKey())).isEmpty();
    }

    @Test
    void failures_add_up_and_keep_the_time_of_the_last_one() {
        String key = uniqueKey();
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        attempts.recordFailure(key, t0, t0.minus(WINDOW));
        attempts.recordFailure(key, t0.plusSeconds(5), t0.plusSeconds(5).minus(WINDOW));
        attempts.recordFailure(key, t0.plusSeconds(9), t0.plusSeconds(9).minus(WINDOW));

        assertThat(attempts.of(key)).contains(new FailedAttempts(3, t0.plusSeconds(9)));
    }

    @Test
    void concurrent_failures_are_all_counted() throws Exception {
        String key = uniqueKey();
        Instant now = Instant.now();
        int threads = 8;
        int perThread = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        attempts.recordFailure(key, now, now.minus(WINDOW));
                    }
                    return null;
                });
            }
            for (Future<Void> future : pool.invokeAll(tasks)) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(attempts.of(key).orElseThrow().failures()).isEqualTo(threads * perThread);
    }

    @Test
    void the_counter_starts_again_after_the_reset_window() {
        String key = uniqueKey();
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            attempts.recordFailure(key, t0, t0.minus(WINDOW));
        }
        Instant justInside = t0.plus(WINDOW).minusSeconds(1);
        attempts.recordFailure(key, justInside, justInside.minus(WINDOW));
        assertThat(attempts.of(key).orElseThrow().failures()).isEqualTo(6);

        Instant later = justInside.plus(WINDOW).plusSeconds(1);
        attempts.recordFailure(key, later, later.minus(WINDOW));
        assertThat(attempts.of(key)).contains(new FailedAttempts(1, later));
    }

    @Test
    void oversized_and_control_character_keys_are_counted_not_refused() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String nonce = Long.toString(System.nanoTime());
        for (String key : new String[]{"login:" + "x".repeat(10_000) + nonce, "login:\u0000" + nonce,
                "login:a\u001b[31m\r\n" + nonce, "login:\uD800" + nonce}) {
            attempts.recordFailure(key, now, now.minus(WINDOW));
            attempts.recordFailure(key, now, now.minus(WINDOW));
            assertThat(attempts.of(key)).as(key.substring(0, 12)).contains(new FailedAttempts(2, now));
            attempts.clear(key);
            assertThat(attempts.of(key)).isEmpty();
        }
        String longKey = "login:" + "y".repeat(500) + nonce;
        attempts.recordFailure(longKey, now, now.minus(WINDOW));
        assertThat(attempts.of(longKey + "z")).as("distinct long keys stay distinct").isEmpty();
    }

    @Test
    void a_transaction_reading_a_counter_holds_it_until_it_ends() throws Exception {
        String key = uniqueKey();
        Instant now = Instant.now();
        attempts.recordFailure(key, now, now.minus(WINDOW));
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        CountDownLatch firstHolds = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> transaction.executeWithoutResult(status -> {
                assertThat(attempts.of(key).orElseThrow().failures()).isEqualTo(1);
                firstHolds.countDown();
                sleep(700);
                attempts.recordFailure(key, now, now.minus(WINDOW));
            }));
            firstHolds.await();
            Future<Optional<FailedAttempts>> second = pool.submit(() -> transaction.execute(status -> attempts.of(key)));
            assertThat(second.get().orElseThrow().failures())
                    .as("the second reads the counter only once the first has raised it").isEqualTo(2);
            first.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void clear_forgets_the_key_only() {
        String key = uniqueKey();
        String other = uniqueKey();
        Instant now = Instant.now();
        attempts.recordFailure(key, now, now.minus(WINDOW));
        attempts.recordFailure(other, now, now.minus(WINDOW));

        attempts.clear(key);

        assertThat(attempts.of(key)).isEmpty();
        assertThat(attempts.of(other)).isPresent();
    }
}
