package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.PartnerNames;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Guardian;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.Partner;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.Username;

import java.time.Clock;
import java.util.Locale;

/**
 * Opening a family account, shared by staff's "Créer un compte famille" and an accepted "Nouvelle inscription":
 * a new N° Famille, the guardian (and a partner known by name, living at the same address), and a parent
 * login with a free identifiant and a temporary password. A bean shared by the services that open accounts.
 */
public final class FamilyAccounts {

    private final Families families;
    private final Logins logins;
    private final PasswordHasher hasher;
    private final Clock clock;

    public FamilyAccounts(Families families, Logins logins, PasswordHasher hasher, Clock clock) {
        this.families = families;
        this.logins = logins;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The opened account; the temporary password is in clear only here, to be mailed or shown once. */
    record Opened(Family family, Username username, String displayName, String temporaryPassword) {
    }

    Opened open(Guardian guardian, PartnerNames partner) {
        Family family = Family.open(families.nextFamilyNumber(), guardian, null);
        if (partner.given()) {
            family.changePartner(new Partner(Civility.valueOf(partner.civility()),
                    new PersonName(partner.lastName().toUpperCase(Locale.FRENCH), partner.firstName()),
                    guardian.address(), new ContactDetails("", "", "", "", false, false), Occupation.UNKNOWN));
        }
        families.add(family);
        Username username = Usernames.freeFor(guardian.name().firstName(), guardian.name().lastName(), logins);
        String password = TemporaryPasswords.generate(username.value());
        String displayName = guardian.name().firstName() + " " + guardian.name().lastName();
        if (!logins.add(Login.forParent(username, family.id(), displayName, hasher.hash(password), true,
                clock.instant()))) {
            throw new IllegalStateException("Identifiant taken meanwhile: " + username);
        }
        return new Opened(family, username, displayName, password);
    }
}
