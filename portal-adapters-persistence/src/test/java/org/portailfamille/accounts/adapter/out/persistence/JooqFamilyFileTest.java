package org.portailfamille.accounts.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.domain.BankDetails;
import org.portailfamille.accounts.domain.BenefitFund;
import org.portailfamille.accounts.domain.CafDetails;
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
import org.portailfamille.accounts.domain.TaxDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The family file's later parts (partner added, tax, CAF, bank), search, new numbers, applied requests. */
@SpringBootTest
class JooqFamilyFileTest {

    @Autowired
    Families families;
    @Autowired
    AppliedRequests appliedRequests;

    private Family newFamily(String lastName) {
        Guardian guardian = new Guardian(Civility.MADAME, new PersonName(lastName, "Zoé"), GuardianRole.MOTHER,
                MaritalStatus.SINGLE, new PostalAddress("1 RUE DU FOUR", "31400", "SAINT - JEAN"),
                new ContactDetails("", "", "06 12 34 56 78", lastName.toLowerCase() + "@example.org", true, false),
                Occupation.UNKNOWN);
        Family family = Family.open(families.nextFamilyNumber(), guardian, null);
        families.add(family);
        return family;
    }

    @Test
    void every_part_of_the_file_survives_an_update() {
        Family family = newFamily("FICHIER" + System.nanoTime());
        family.changePartner(new Partner(Civility.MONSIEUR, new PersonName("MARTIN", "Luc"),
                new PostalAddress("2 RUE", "31400", "SAINT - JEAN"), new ContactDetails("", "", "", "", false, true),
                new Occupation("Boulanger", "Artisan", "Fournil", "3 rue")));
        family.changeTaxDetails(new TaxDetails(new BigDecimal("32500.50"), new BigDecimal("2.5"), 2025));
        family.changeCafDetails(new CafDetails(BenefitFund.MSA, "1234567A", new BigDecimal("650.50")));
        family.changeBankDetails(new BankDetails("MARTIN ZOE", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP",
                "Crédit Agricole", true));
        families.update(family);

        Family read = families.byId(family.id()).orElseThrow();
        assertThat(read.partner().orElseThrow().occupation().profession()).isEqualTo("Boulanger");
        assertThat(read.taxDetails().orElseThrow().taxShares()).isEqualByComparingTo("2.5");
        assertThat(read.cafDetails().orElseThrow().fund()).isEqualTo(BenefitFund.MSA);
        assertThat(read.bankDetails().orElseThrow().iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(read.bankDetails().orElseThrow().directDebit()).isTrue();
        assertThat(read.version()).isEqualTo(family.version() + 1);

        read.changePartner(new Partner(Civility.MONSIEUR, new PersonName("MARTIN", "Luc-Henri"),
                new PostalAddress("2 RUE", "31400", "SAINT - JEAN"), new ContactDetails("", "", "", "", false, true),
                Occupation.UNKNOWN));
        families.update(read);
        assertThat(families.byId(family.id()).orElseThrow().partner().orElseThrow().name().firstName())
                .isEqualTo("Luc-Henri");
    }

    @Test
    void search_finds_by_name_number_email_or_postcode_and_escapes_wildcards() {
        String name = "CHERCHE" + System.nanoTime();
        Family family = newFamily(name);
        assertThat(families.search(name.toLowerCase(), 50)).extracting(Family::id).contains(family.id());
        assertThat(families.search("zoé " + name.toLowerCase(), 50)).extracting(Family::id).contains(family.id());
        assertThat(families.search(family.number().value(), 50)).extracting(Family::id).containsExactly(family.id());
        assertThat(families.search(name.toLowerCase() + "@example", 50)).extracting(Family::id).containsExactly(family.id());
        assertThat(families.search("%", 50)).isEmpty();
        assertThat(families.search("_", 50)).isEmpty();
        assertThat(families.search("31400", 3)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void new_family_numbers_are_never_given_twice() {
        FamilyNumber first = families.nextFamilyNumber();
        FamilyNumber second = families.nextFamilyNumber();
        assertThat(Long.parseLong(second.value())).isGreaterThan(Long.parseLong(first.value()));
        assertThat(Long.parseLong(first.value())).isGreaterThanOrEqualTo(1001001900001L);
    }

    @Test
    void a_request_is_marked_applied_once() {
        UUID request = UUID.randomUUID();
        assertThat(appliedRequests.markApplied(request, Instant.now())).isTrue();
        assertThat(appliedRequests.markApplied(request, Instant.now())).isFalse();
    }
}
