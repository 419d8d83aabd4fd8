package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.CreateLoginCommand;
import org.portailfamille.accounts.application.port.in.CreateLoginUseCase;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.PasswordPolicy;
import org.portailfamille.accounts.domain.Username;

import java.time.Clock;
import java.util.UUID;

public class CreateLoginService implements CreateLoginUseCase {

    private final Logins logins;
    private final Families families;
    private final PasswordHasher hasher;
    private final Clock clock;

    public CreateLoginService(Logins logins, Families families, PasswordHasher hasher, Clock clock) {
        this.logins = logins;
        this.families = families;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public UUID createLogin(CreateLoginCommand command) {
        Username username = new Username(command.username());
        if (!PasswordPolicy.isAcceptable(command.password(), username.value())) {
            throw new IllegalArgumentException("The password does not meet the password rule");
        }
        String hash = hasher.hash(command.password());
        Login login;
        if (command.familyId() != null) {
            Family family = families.byId(command.familyId())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown family " + command.familyId()));
            String displayName = family.guardian().name().firstName() + " " + family.guardian().name().lastName();
            login = Login.forParent(username, family.id(), displayName, hash, command.temporary(), clock.instant());
        } else {
            login = Login.forStaff(username, command.displayName(), hash, command.temporary(), clock.instant());
        }
        if (!logins.add(login)) {
            throw new IllegalArgumentException("Login already in use: " + username);
        }
        return login.id().value();
    }
}
