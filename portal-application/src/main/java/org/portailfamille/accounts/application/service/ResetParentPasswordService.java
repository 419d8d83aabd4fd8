package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.LoginId;
import org.portailfamille.accounts.application.port.in.ResetParentPasswordCommand;
import org.portailfamille.accounts.application.port.in.ResetParentPasswordUseCase;
import org.portailfamille.accounts.application.port.in.TemporaryPasswordIssued;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.domain.Login;

import java.time.Clock;
import java.util.Optional;

public class ResetParentPasswordService implements ResetParentPasswordUseCase {

    private final Logins logins;
    private final Families families;
    private final PasswordHasher hasher;
    private final AccountNotifications notifications;
    private final Clock clock;

    public ResetParentPasswordService(Logins logins, Families families, PasswordHasher hasher,
                                      AccountNotifications notifications, Clock clock) {
        this.logins = logins;
        this.families = families;
        this.hasher = hasher;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Optional<TemporaryPasswordIssued> resetParentPassword(ResetParentPasswordCommand command) {
        Optional<Login> found = logins.byId(new LoginId(command.loginId()))
                .filter(login -> login.familyId().equals(Optional.of(command.familyId())));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Login login = found.get();
        String password = TemporaryPasswords.generate(login.username().value());
        login.assignTemporaryPassword(hasher.hash(password), clock.instant());
        logins.updatePassword(login);
        Optional<String> email = families.byId(command.familyId())
                .map(family -> family.guardian().contact().email()).filter(address -> !address.isBlank());
        if (command.sendByEmail() && email.isPresent()) {
            notifications.sendCredentials(email.get(), login.displayName(), login.username().value(), password);
            return Optional.of(new TemporaryPasswordIssued(login.username().value(), null, true));
        }
        return Optional.of(new TemporaryPasswordIssued(login.username().value(), password, false));
    }
}
