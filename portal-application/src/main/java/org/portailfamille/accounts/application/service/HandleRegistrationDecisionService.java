package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.HandleRegistrationDecisionUseCase;
import org.portailfamille.accounts.application.port.in.RegistrationDecision;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.Partner;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.Username;

import java.time.Clock;
import java.util.Map;

public class HandleRegistrationDecisionService implements HandleRegistrationDecisionUseCase {

    private final Families families;
    private final Logins logins;
    private final PasswordHasher hasher;
    private final AccountNotifications notifications;
    private final AppliedRequests appliedRequests;
    private final Clock clock;

    public HandleRegistrationDecisionService(Families families, Logins logins, PasswordHasher hasher,
                                             AccountNotifications notifications, AppliedRequests appliedRequests,
                                             Clock clock) {
        this.families = families;
        this.logins = logins;
        this.hasher = hasher;
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
        Family family = Family.open(families.nextFamilyNumber(), FamilyFileFields.guardianOf(v), null);
        if (v.containsKey("partnerLastName")) {
            family.changePartner(new Partner(Civility.valueOf(v.get("partnerCivility")),
                    new PersonName(v.get("partnerLastName"), v.get("partnerFirstName")), family.guardian().address(),
                    new ContactDetails("", "", "", "", false, false), Occupation.UNKNOWN));
        }
        families.add(family);
        Username username = Usernames.freeFor(v.get("firstName"), v.get("lastName"), logins);
        String password = TemporaryPasswords.generate(username.value());
        if (!logins.add(Login.forParent(username, family.id(), displayName, hasher.hash(password), true,
                clock.instant()))) {
            throw new IllegalStateException("Identifiant taken meanwhile: " + username);
        }
        notifications.sendCredentials(v.get("email"), displayName, username.value(), password);
    }
}
