package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.RequestPasswordResetCommand;
import org.portailfamille.accounts.application.port.in.RequestPasswordResetUseCase;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.domain.LoginThrottlePolicy;
import java.time.Instant;
import org.portailfamille.accounts.application.port.out.PasswordResetTokens;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.PasswordResetToken;
import org.portailfamille.accounts.domain.Username;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class RequestPasswordResetService implements RequestPasswordResetUseCase {

    private final Logins logins;
    private final Families families;
    private final PasswordResetTokens tokens;
    private final AccountNotifications notifications;
    private final AccountsSettings settings;
    private final LoginAttempts counters;
    private final Clock clock;

    /** Links sent per login and hour at most: more requests get the same answer and no mail (no mail bombing). */
    public static final int MAX_LINKS_PER_HOUR = 3;

    public RequestPasswordResetService(Logins logins, Families families, PasswordResetTokens tokens,
                                       AccountNotifications notifications, AccountsSettings settings,
                                       LoginAttempts counters, Clock clock) {
        this.logins = logins;
        this.families = families;
        this.tokens = tokens;
        this.notifications = notifications;
        this.settings = settings;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public void requestPasswordReset(RequestPasswordResetCommand command) {
        String identifier = command.identifier();
        if (identifier.isEmpty() || identifier.length() > 254) {
            return;
        }
        List<Login> matching = new ArrayList<>();
        if (identifier.contains("@")) {
            families.byGuardianEmail(identifier).forEach(familyId -> matching.addAll(logins.ofFamily(familyId)));
        } else if (Username.isWellFormed(identifier)) {
            logins.byUsername(new Username(identifier)).ifPresent(matching::add);
        }
        for (Login login : matching) {
            emailOf(login).ifPresent(email -> sendLink(login, email));
        }
    }

    private Optional<String> emailOf(Login login) {
        return login.familyId()
                .flatMap(families::byId)
                .map(Family::guardian)
                .map(guardian -> guardian.contact().email())
                .filter(email -> !email.isBlank());
    }

    private void sendLink(Login login, String email) {
        Instant now = clock.instant();
        String key = "reset:" + login.id().value();
        boolean tooMany = counters.of(key)
                .filter(sent -> !LoginThrottlePolicy.counterExpired(sent, now))
                .filter(sent -> sent.failures() >= MAX_LINKS_PER_HOUR)
                .isPresent();
        if (tooMany) {
            return;
        }
        counters.recordFailure(key, now, now.minus(LoginThrottlePolicy.COUNTER_RESET_AFTER));
        String secret = ResetTokens.newSecret();
        tokens.add(PasswordResetToken.issue(ResetTokens.hash(secret), login.id(), clock.instant()));
        String link = settings.portalBaseUrl() + "/mot-de-passe/reinitialiser?jeton="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        notifications.sendPasswordResetLink(email, login.displayName(), login.username().value(), link,
                PasswordResetToken.VALIDITY);
    }
}
