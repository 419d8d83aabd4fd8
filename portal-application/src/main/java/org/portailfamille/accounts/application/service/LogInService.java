package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AuthenticatedUser;
import org.portailfamille.accounts.application.port.in.LogInCommand;
import org.portailfamille.accounts.application.port.in.LogInResult;
import org.portailfamille.accounts.application.port.in.LogInUseCase;
import org.portailfamille.accounts.application.port.in.UserRole;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.domain.AccountRole;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.LoginThrottlePolicy;
import org.portailfamille.accounts.domain.PasswordPolicy;
import org.portailfamille.accounts.domain.Username;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

public class LogInService implements LogInUseCase {

    private final Logins logins;
    private final LoginAttempts attempts;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Checked against when the login is unknown, so that an unknown login costs the same time. */
    private final String decoyHash;

    public LogInService(Logins logins, LoginAttempts attempts, PasswordHasher hasher, Clock clock) {
        this.logins = logins;
        this.attempts = attempts;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash("Decoy-password-0");
    }

    @Override
    public LogInResult logIn(LogInCommand command) {
        Instant now = clock.instant();
        String username = command.username().strip().toLowerCase(Locale.ROOT);
        // A browser that logged in to this account before (ADR 0034) has a counter of its own: failures typed by a
        // stranger elsewhere (the account's counter) never delay the owner's own browser.
        String loginKey = command.trustedDevice().isEmpty() ? "login:" + username
                : "device:" + username + ":" + command.trustedDevice();
        String addressKey = "address:" + command.remoteAddress();

        Duration wait = max(waitFor(loginKey, LoginThrottlePolicy.FREE_FAILURES_PER_LOGIN, now),
                waitFor(addressKey, LoginThrottlePolicy.FREE_FAILURES_PER_ADDRESS, now));
        if (!wait.isZero()) {
            return new LogInResult.Throttled(wait);
        }

        Optional<Login> login = Username.isWellFormed(command.username())
                && command.password().length() <= 4 * PasswordPolicy.MAX_LENGTH
                ? logins.byUsername(new Username(command.username()))
                : Optional.empty();
        boolean matches;
        if (login.isPresent()) {
            matches = hasher.matches(command.password(), login.get().passwordHash());
        } else {
            hasher.matches(command.password(), decoyHash); // same cost as a known login
            matches = false;
        }
        if (!matches) {
            Instant counterStart = now.minus(LoginThrottlePolicy.COUNTER_RESET_AFTER);
            attempts.recordFailure(loginKey, now, counterStart);
            attempts.recordFailure(addressKey, now, counterStart);
            return new LogInResult.Rejected();
        }
        attempts.clear(loginKey);
        Login found = login.get();
        return new LogInResult.Authenticated(new AuthenticatedUser(found.id().value(), found.username().value(),
                found.role() == AccountRole.PARENT ? UserRole.PARENT : UserRole.STAFF, found.familyId().orElse(null),
                found.displayName(), found.passwordTemporary()));
    }

    private Duration waitFor(String key, int freeFailures, Instant now) {
        return attempts.of(key)
                .map(failed -> LoginThrottlePolicy.nextAttemptAllowedAt(failed, freeFailures))
                .filter(allowedAt -> allowedAt.isAfter(now))
                .map(allowedAt -> Duration.between(now, allowedAt))
                .orElse(Duration.ZERO);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
