package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.GuardianForm;
import org.portailfamille.accounts.application.port.in.HandleRegistrationDecisionUseCase;
import org.portailfamille.accounts.application.port.in.PartnerNames;
import org.portailfamille.accounts.application.port.in.RegistrationDecision;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.AppliedRequests;

import java.time.Clock;
import java.util.Map;

public class HandleRegistrationDecisionService implements HandleRegistrationDecisionUseCase {

    private final FamilyAccounts accounts;
    private final AccountNotifications notifications;
    private final AppliedRequests appliedRequests;
    private final Clock clock;

    public HandleRegistrationDecisionService(FamilyAccounts accounts, AccountNotifications notifications,
                                             AppliedRequests appliedRequests, Clock clock) {
        this.accounts = accounts;
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
        PartnerNames partner = v.containsKey("partnerLastName") ? new PartnerNames(v.get("partnerCivility"),
                v.get("partnerLastName"), v.get("partnerFirstName")) : PartnerNames.NONE;
        FamilyAccounts.Opened opened = accounts.open(FamilyFileChanges.guardianOf(GuardianForm.fromFields(v)),
                partner);
        notifications.sendCredentials(v.get("email"), displayName, opened.username().value(),
                opened.temporaryPassword());
    }
}
