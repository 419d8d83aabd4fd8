package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.OpenFamilyAccountCommand;
import org.portailfamille.accounts.application.port.in.OpenFamilyAccountUseCase;
import org.portailfamille.accounts.application.port.in.OpenedFamilyAccount;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.application.service.FamilyFileFields.Kind;
import org.portailfamille.accounts.domain.Family;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

public class OpenFamilyAccountService implements OpenFamilyAccountUseCase {

    private final FamilyAccounts accounts;
    private final AccountNotifications notifications;

    public OpenFamilyAccountService(Families families, Logins logins, PasswordHasher hasher,
                                    AccountNotifications notifications, Clock clock) {
        this.accounts = new FamilyAccounts(families, logins, hasher, clock);
        this.notifications = notifications;
    }

    @Override
    public OpenedFamilyAccount openFamilyAccount(OpenFamilyAccountCommand command) {
        Map<String, String> values = FamilyFileFields.normalise(Kind.GUARDIAN, command.values());
        Map<String, String> problems = new LinkedHashMap<>(FamilyFileFields.problems(Kind.GUARDIAN, values));
        String partnerLastName = clean(command.values().get("partnerLastName"));
        String partnerFirstName = clean(command.values().get("partnerFirstName"));
        String partnerCivility = clean(command.values().get("partnerCivility"));
        boolean withPartner = !partnerLastName.isEmpty() || !partnerFirstName.isEmpty();
        FamilyFileFields.checkPartnerNames(partnerCivility, partnerLastName, partnerFirstName, problems);
        if (command.sendByEmail() && values.get("email").isEmpty()) {
            problems.putIfAbsent("email", "emailForCredentials");
        }
        if (!problems.isEmpty()) {
            return new OpenedFamilyAccount(problems, null, null, null, null, false);
        }
        FamilyAccounts.Opened opened = accounts.open(FamilyFileFields.guardianOf(values), withPartner
                ? new FamilyAccounts.PartnerNames(partnerCivility, partnerLastName, partnerFirstName) : null);
        Family family = opened.family();
        String username = opened.username().value();
        String password = opened.temporaryPassword();
        String displayName = opened.displayName();
        if (command.sendByEmail()) {
            notifications.sendCredentials(values.get("email"), displayName, username, password);
            return new OpenedFamilyAccount(Map.of(), family.id(), family.number().value(), username, null, true);
        }
        return new OpenedFamilyAccount(Map.of(), family.id(), family.number().value(), username, password, false);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
