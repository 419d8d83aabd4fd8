package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AdultDetails;
import org.portailfamille.accounts.application.port.in.RegisterFamilyCommand;
import org.portailfamille.accounts.application.port.in.RegisterFamilyUseCase;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyNumber;
import org.portailfamille.accounts.domain.Guardian;
import org.portailfamille.accounts.domain.GuardianRole;
import org.portailfamille.accounts.domain.MaritalStatus;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.Partner;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.PostalAddress;
import org.portailfamille.shared.FamilyId;

public class RegisterFamilyService implements RegisterFamilyUseCase {

    private final Families families;

    public RegisterFamilyService(Families families) {
        this.families = families;
    }

    @Override
    public FamilyId registerFamily(RegisterFamilyCommand command) {
        FamilyNumber number = new FamilyNumber(command.familyNumber());
        if (families.numberTaken(number)) {
            throw new IllegalArgumentException("Family number already in use: " + number);
        }
        AdultDetails g = command.guardian();
        Guardian guardian = new Guardian(Civility.valueOf(g.civility()), new PersonName(g.lastName(), g.firstName()),
                GuardianRole.valueOf(command.guardianRole()), MaritalStatus.valueOf(command.maritalStatus()),
                address(g), contact(g), occupation(g));
        AdultDetails p = command.partner();
        Partner partner = p == null ? null : new Partner(Civility.valueOf(p.civility()),
                new PersonName(p.lastName(), p.firstName()), address(p), contact(p), occupation(p));
        Family family = Family.open(number, guardian, partner);
        families.add(family);
        return family.id();
    }

    private static PostalAddress address(AdultDetails adult) {
        return new PostalAddress(adult.addressLine(), adult.postcode(), adult.city());
    }

    private static ContactDetails contact(AdultDetails adult) {
        return new ContactDetails(adult.homePhone(), adult.workPhone(), adult.mobilePhone(), adult.email(),
                adult.emailConsent(), adult.smsConsent());
    }

    private static Occupation occupation(AdultDetails adult) {
        return new Occupation(adult.profession(), adult.socioProfessionalCategory(), adult.employer(),
                adult.employerAddress());
    }
}
