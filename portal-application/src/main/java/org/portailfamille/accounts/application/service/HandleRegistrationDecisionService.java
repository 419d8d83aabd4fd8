package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.HandleRegistrationDecisionUseCase;
import org.portailfamille.accounts.application.port.in.RegistrationDecision;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;

import java.time.Clock;
import java.util.Map;

public class HandleRegistrationDecisionService implements HandleRegistrationDecisionUseCase {

    private final FamilyAccounts accounts;
    private final AccountNotifications notifications;
    private final AppliedRequests appliedRequests;
    private final Clock clock;

    public HandleRegistrationDecisionService(Families families, Logins logins, PasswordHasher hasher,
                                             AccountNotifications notifications, AppliedRequests appliedRequests,
                                             Clock clock) {
        this.accounts = new FamilyAccounts(families, logins, hasher, clock);
        this.notifications = notifications;
        this.appliedRequests = appliedRequests;
        this.clock = clock;
    }

    @Override
    public void handleRegistrationDecision(RegistrationDecision decision) {
        if (!appliedRequests.markApplied(decision.requestId(), clock.instant())) {
            return;
        }
        Map<String, String> v = decision.payload();
        String displayName = v.get("firstName") + " " + v.get("lastName");
        if (!decision.accepted()) {
            notifications.sendRegistrationRefused(v.get("email"), displayName, decision.refusalReason());
            return;
        }
        FamilyAccounts.Opened opened = accounts.open(FamilyFileFields.guardianOf(v), v.containsKey("partnerLastName")
                ? new FamilyAccounts.PartnerNames(v.get("partnerCivility"), v.get("partnerLastName"),
                v.get("partnerFirstName")) : null);
        notifications.sendCredentials(v.get("email"), displayName, opened.username().value(),
                opened.temporaryPassword());
    }
}
