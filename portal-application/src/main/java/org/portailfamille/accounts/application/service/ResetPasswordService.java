package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.PasswordChangeOutcome;
import org.portailfamille.accounts.application.port.in.PasswordProblem;
import org.portailfamille.accounts.application.port.in.ResetPasswordCommand;
import org.portailfamille.accounts.application.port.in.ResetPasswordUseCase;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.application.port.out.PasswordResetTokens;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.PasswordResetToken;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public class ResetPasswordService implements ResetPasswordUseCase {

    private final PasswordResetTokens tokens;
    private final Logins logins;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ResetPasswordService(PasswordResetTokens tokens, Logins logins, PasswordHasher hasher, Clock clock) {
        this.tokens = tokens;
        this.logins = logins;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public boolean isResetLinkUsable(String token) {
        return usableToken(token, clock.instant()).isPresent();
    }

    @Override
    public Optional<String> usernameOfResetLink(String token) {
        return usableToken(token, clock.instant())
                .flatMap(found -> logins.byId(found.loginId()))
                .map(login -> login.username().value());
    }

    @Override
    public PasswordChangeOutcome resetPassword(ResetPasswordCommand command) {
        Instant now = clock.instant();
        Optional<PasswordResetToken> token = usableToken(command.token(), now);
        if (token.isEmpty()) {
            return PasswordChangeOutcome.refused(Set.of(PasswordProblem.LINK_INVALID));
        }
        Login login = logins.byId(token.get().loginId()).orElseThrow();
        Set<PasswordProblem> problems = PasswordProblems.of(command.newPassword(), command.confirmation(),
                login.username().value());
        if (!problems.isEmpty()) {
            return PasswordChangeOutcome.refused(problems);
        }
        if (!tokens.markUsed(token.get().tokenHash(), now)) {
            return PasswordChangeOutcome.refused(Set.of(PasswordProblem.LINK_INVALID));
        }
        login.changePassword(hasher.hash(command.newPassword()), now);
        logins.updatePassword(login);
        return PasswordChangeOutcome.done();
    }

    private Optional<PasswordResetToken> usableToken(String secret, Instant now) {
        if (secret == null || secret.isEmpty() || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.byHash(ResetTokens.hash(secret)).filter(token -> token.isUsableAt(now));
    }
}
