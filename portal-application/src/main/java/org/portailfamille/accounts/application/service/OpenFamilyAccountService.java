package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.OpenFamilyAccountCommand;
import org.portailfamille.accounts.application.port.in.OpenFamilyAccountUseCase;
import org.portailfamille.accounts.application.port.in.OpenedFamilyAccount;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.application.service.FamilyFileFields.Kind;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.Partner;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Username;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

public class OpenFamilyAccountService implements OpenFamilyAccountUseCase {

    private final Families families;
    private final Logins logins;
    private final PasswordHasher hasher;
    private final AccountNotifications notifications;
    private final Clock clock;

    public OpenFamilyAccountService(Families families, Logins logins, PasswordHasher hasher,
                                    AccountNotifications notifications, Clock clock) {
        this.families = families;
        this.logins = logins;
        this.hasher = hasher;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public OpenedFamilyAccount openFamilyAccount(OpenFamilyAccountCommand command) {
        Map<String, String> values = FamilyFileFields.normalise(Kind.GUARDIAN, command.values());
        Map<String, String> problems = new LinkedHashMap<>(FamilyFileFields.problems(Kind.GUARDIAN, values));
        String partnerLastName = clean(command.values().get("partnerLastName"));
        String partnerFirstName = clean(command.values().get("partnerFirstName"));
        String partnerCivility = clean(command.values().get("partnerCivility"));
        boolean withPartner = !partnerLastName.isEmpty() || !partnerFirstName.isEmpty();
        if (withPartner) {
            if (partnerLastName.isEmpty() || partnerLastName.length() > 100) {
                problems.put("partnerLastName", partnerLastName.isEmpty() ? "required" : "tooLong");
            }
            if (partnerFirstName.isEmpty() || partnerFirstName.length() > 100) {
                problems.put("partnerFirstName", partnerFirstName.isEmpty() ? "required" : "tooLong");
            }
            if (!partnerCivility.equals("MONSIEUR") && !partnerCivility.equals("MADAME")) {
                problems.put("partnerCivility", "choice");
            }
        }
        if (command.sendByEmail() && values.get("email").isEmpty()) {
            problems.putIfAbsent("email", "emailForCredentials");
        }
        if (!problems.isEmpty()) {
            return new OpenedFamilyAccount(problems, null, null, null, null, false);
        }
        Family family = Family.open(families.nextFamilyNumber(), FamilyFileFields.guardianOf(values), null);
        if (withPartner) {
            family.changePartner(new Partner(Civility.valueOf(partnerCivility),
                    new PersonName(partnerLastName.toUpperCase(java.util.Locale.FRENCH), partnerFirstName),
                    family.guardian().address(), new ContactDetails("", "", "", "", false, false), Occupation.UNKNOWN));
        }
        families.add(family);
        Username username = Usernames.freeFor(family.guardian().name().firstName(), family.guardian().name().lastName(),
                logins);
        String password = TemporaryPasswords.generate(username.value());
        String displayName = family.guardian().name().firstName() + " " + family.guardian().name().lastName();
        Login login = Login.forParent(username, family.id(), displayName, hasher.hash(password), true, clock.instant());
        if (!logins.add(login)) {
            throw new IllegalStateException("Identifiant taken meanwhile: " + username);
        }
        if (command.sendByEmail()) {
            notifications.sendCredentials(values.get("email"), displayName, username.value(), password);
            return new OpenedFamilyAccount(Map.of(), family.id(), family.number().value(), username.value(), null, true);
        }
        return new OpenedFamilyAccount(Map.of(), family.id(), family.number().value(), username.value(), password, false);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
