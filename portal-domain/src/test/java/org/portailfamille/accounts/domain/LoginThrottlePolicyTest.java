package org.portailfamille.accounts.domain;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.domain.LoginThrottlePolicy.FailedAttempts;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portailfamille.accounts.domain.LoginThrottlePolicy.FREE_FAILURES_PER_LOGIN;

class LoginThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void no_delay_for_the_first_failures() {
        assertThat(LoginThrottlePolicy.delayAfter(0, FREE_FAILURES_PER_LOGIN)).isZero();
        assertThat(LoginThrottlePolicy.delayAfter(2, FREE_FAILURES_PER_LOGIN)).isZero();
    }

    @Test
    void delay_doubles_with_each_further_failure() {
        assertThat(LoginThrottlePolicy.delayAfter(3, 3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottlePolicy.delayAfter(4, 3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottlePolicy.delayAfter(5, 3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottlePolicy.delayAfter(10, 3)).isEqualTo(Duration.ofSeconds(128));
    }

    @Test
    void delay_never_exceeds_the_ceiling_so_there_is_no_permanent_lockout() {
        assertThat(LoginThrottlePolicy.delayAfter(1_000_000, 3)).isEqualTo(LoginThrottlePolicy.MAX_DELAY);
        Instant allowed = LoginThrottlePolicy.nextAttemptAllowedAt(new FailedAttempts(Integer.MAX_VALUE, T0), 3);
        assertThat(allowed).isEqualTo(T0.plus(LoginThrottlePolicy.MAX_DELAY));
    }

    @Test
    void the_next_attempt_is_allowed_after_the_delay_from_the_last_failure() {
        assertThat(LoginThrottlePolicy.nextAttemptAllowedAt(new FailedAttempts(4, T0), 3)).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void a_counter_expires_an_hour_after_its_last_failure() {
        FailedAttempts attempts = new FailedAttempts(50, T0);
        assertThat(LoginThrottlePolicy.counterExpired(attempts, T0.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(LoginThrottlePolicy.counterExpired(attempts, T0.plus(Duration.ofMinutes(61)))).isTrue();
    }
}
