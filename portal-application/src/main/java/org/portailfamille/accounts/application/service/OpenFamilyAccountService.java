package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.OpenFamilyAccountCommand;
import org.portailfamille.accounts.application.port.in.OpenFamilyAccountUseCase;
import org.portailfamille.accounts.application.port.in.OpenedFamilyAccount;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.domain.Family;

import java.util.Map;

public class OpenFamilyAccountService implements OpenFamilyAccountUseCase {

    private final FamilyAccounts accounts;
    private final AccountNotifications notifications;

    public OpenFamilyAccountService(FamilyAccounts accounts, AccountNotifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @Override
    public OpenedFamilyAccount openFamilyAccount(OpenFamilyAccountCommand command) {
        Map<String, String> problems = command.problems();
        if (!problems.isEmpty()) {
            return new OpenedFamilyAccount(problems, null, null, null, null, false);
        }
        FamilyAccounts.Opened opened = accounts.open(FamilyFileChanges.guardianOf(command.guardian()),
                command.partner());
        Family family = opened.family();
        String username = opened.username().value();
        if (command.sendByEmail()) {
            notifications.sendCredentials(command.guardian().adult().email(), opened.displayName(), username,
                    opened.temporaryPassword());
            return new OpenedFamilyAccount(Map.of(), family.id(), family.number().value(), username, null, true);
        }
        return new OpenedFamilyAccount(Map.of(), family.id(), family.number().value(), username,
                opened.temporaryPassword(), false);
    }
}
