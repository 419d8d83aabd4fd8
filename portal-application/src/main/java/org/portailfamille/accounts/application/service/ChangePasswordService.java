package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.LoginId;
import org.portailfamille.accounts.application.port.in.ChangePasswordCommand;
import org.portailfamille.accounts.application.port.in.ChangePasswordUseCase;
import org.portailfamille.accounts.application.port.in.PasswordChangeOutcome;
import org.portailfamille.accounts.application.port.in.PasswordProblem;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.domain.LoginThrottlePolicy;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.domain.Login;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

public class ChangePasswordService implements ChangePasswordUseCase {

    private final Logins logins;
    private final PasswordHasher hasher;
    private final LoginAttempts attempts;
    private final Clock clock;

    public ChangePasswordService(Logins logins, PasswordHasher hasher, LoginAttempts attempts, Clock clock) {
        this.logins = logins;
        this.hasher = hasher;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public PasswordChangeOutcome changePassword(ChangePasswordCommand command) {
        Login login = logins.byId(new LoginId(command.loginId()))
                .orElseThrow(() -> new IllegalStateException("Unknown login " + command.loginId()));
        Set<PasswordProblem> problems = EnumSet.noneOf(PasswordProblem.class);
        // Guessing the current password from an open session is throttled like the login form.
        Instant now = clock.instant();
        String key = "login:" + login.username().value();
        boolean throttled = attempts.of(key)
                .map(failed -> LoginThrottlePolicy.nextAttemptAllowedAt(failed, LoginThrottlePolicy.FREE_FAILURES_PER_LOGIN))
                .filter(allowedAt -> allowedAt.isAfter(now))
                .isPresent();
        if (throttled) {
            return PasswordChangeOutcome.refused(Set.of(PasswordProblem.TOO_MANY_ATTEMPTS));
        }
        if (!hasher.matches(command.currentPassword(), login.passwordHash())) {
            problems.add(PasswordProblem.CURRENT_PASSWORD_WRONG);
            attempts.recordFailure(key, now, now.minus(LoginThrottlePolicy.COUNTER_RESET_AFTER));
        }
        problems.addAll(PasswordProblems.of(command.newPassword(), command.confirmation(), login.username().value()));
        // A new password must be new: above all for the forced change of a temporary one (issue 13, finding 4).
        if (problems.isEmpty() && hasher.matches(command.newPassword(), login.passwordHash())) {
            problems.add(PasswordProblem.SAME_AS_CURRENT);
        }
        if (!problems.isEmpty()) {
            return PasswordChangeOutcome.refused(problems);
        }
        login.changePassword(hasher.hash(command.newPassword()), clock.instant());
        logins.updatePassword(login);
        return PasswordChangeOutcome.done();
    }
}
