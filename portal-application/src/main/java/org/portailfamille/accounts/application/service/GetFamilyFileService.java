package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.AdultView;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyQuotientPolicy;
import org.portailfamille.accounts.domain.Guardian;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.Partner;
import org.portailfamille.accounts.domain.PostalAddress;
import org.portailfamille.shared.FamilyId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public class GetFamilyFileService implements GetFamilyFileUseCase {

    private final Families families;

    public GetFamilyFileService(Families families) {
        this.families = families;
    }

    @Override
    public Optional<FamilyFile> familyFile(FamilyId familyId) {
        return families.byId(familyId).map(GetFamilyFileService::fileOf);
    }

    @Override
    public Map<FamilyId, FamilyFile> familyFiles(Collection<FamilyId> familyIds) {
        Map<FamilyId, FamilyFile> files = new LinkedHashMap<>();
        if (!familyIds.isEmpty()) {
            families.byIds(familyIds).forEach(family -> files.put(family.id(), fileOf(family)));
        }
        return files;
    }

    static FamilyFile fileOf(Family family) {
        Guardian g = family.guardian();
        AdultView guardian = adult(g.civility().name(), g.name().lastName(), g.name().firstName(), g.address(),
                g.contact(), g.occupation());
        AdultView partner = family.partner().map(GetFamilyFileService::adult).orElse(null);
        FamilyFile.Tax tax = family.taxDetails().map(t -> new FamilyFile.Tax(t.referenceIncome(), t.taxShares(),
                t.year(), FamilyQuotientPolicy.quotient(t))).orElse(null);
        FamilyFile.Caf caf = family.cafDetails().map(c -> new FamilyFile.Caf(c.fund().name(), c.allocataireNumber(),
                c.quotient())).orElse(null);
        FamilyFile.Bank bank = family.bankDetails().map(b -> new FamilyFile.Bank(b.holder(), b.maskedIban(), b.bic(),
                b.bankName(), b.directDebit())).orElse(null);
        return new FamilyFile(family.id(), family.number().value(), guardian, g.role().name(), g.maritalStatus().name(),
                partner, tax, caf, bank);
    }

    private static AdultView adult(Partner p) {
        return adult(p.civility().name(), p.name().lastName(), p.name().firstName(), p.address(), p.contact(),
                p.occupation());
    }

    private static AdultView adult(String civility, String lastName, String firstName, PostalAddress address,
                                   ContactDetails contact, Occupation occupation) {
        return new AdultView(civility, lastName, firstName, address.line(), address.postcode(), address.city(),
                contact.homePhone(), contact.workPhone(), contact.mobilePhone(), contact.email(),
                contact.emailConsent(), contact.smsConsent(), occupation.profession(),
                occupation.socioProfessionalCategory(), occupation.employer(), occupation.employerAddress());
    }
}
