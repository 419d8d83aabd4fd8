package org.portailfamille.accounts.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.portailfamille.accounts.application.port.in.AdultForm;
import org.portailfamille.accounts.application.port.in.AdultView;
import org.portailfamille.accounts.application.port.in.AuthorisationsForm;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.CafForm;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.ChildIdentityForm;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GuardianForm;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.HealthForm;
import org.portailfamille.accounts.application.port.in.PartnerForm;
import org.portailfamille.accounts.application.port.in.TaxForm;

import java.math.BigDecimal;

/**
 * Views of the family and child files → the typed forms, to pre-fill the pages of Mon compte and of a child's
 * file with what is on file. The IBAN is never pre-filled (only its masked form is known; left empty, it is kept).
 */
@Mapper(componentModel = "spring")
interface AccountFormMapper {

    @Mapping(target = "adult", source = "guardian")
    GuardianForm guardianForm(FamilyFile file);

    @Mapping(target = "adult", source = "partner")
    PartnerForm partnerForm(AdultView partner);

    AdultForm adultForm(AdultView adult);

    @Mapping(target = "referenceIncome", source = "referenceIncome", qualifiedByName = "plain")
    @Mapping(target = "taxShares", source = "taxShares", qualifiedByName = "shares")
    @Mapping(target = "taxYear", source = "year")
    TaxForm taxForm(FamilyFile.Tax tax);

    @Mapping(target = "cafFund", source = "fund")
    @Mapping(target = "cafQuotient", source = "quotient", qualifiedByName = "plain")
    CafForm cafForm(FamilyFile.Caf caf);

    @Mapping(target = "accountHolder", source = "holder")
    @Mapping(target = "iban", ignore = true)
    BankForm bankForm(FamilyFile.Bank bank);

    ChildIdentityForm identityForm(ChildFile child);

    AuthorisationsForm authorisationsForm(ChildFile child);

    HealthForm healthForm(HealthDetails health);

    @Named("plain")
    static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    @Named("shares")
    static String shares(BigDecimal shares) {
        return shares.stripTrailingZeros().toPlainString();
    }
}
