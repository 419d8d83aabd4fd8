package org.portailfamille.accounts.adapter.out.persistence;

import org.junit.jupiter.api.Test;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JooqFamiliesTest {

    @Autowired
    Families families;

    static FamilyNumber uniqueNumber() {
        return new FamilyNumber("7" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
    }

    static Guardian guardian(String email) {
        return new Guardian(Civility.MONSIEUR, new PersonName("DUPONT", "JEAN"), GuardianRole.FATHER,
                MaritalStatus.SEPARATED, new PostalAddress("12 RUE DES BONBONS", "31400", "SAINT - JEAN"),
                new ContactDetails("01.02.03.04.05", "", "06.07.08.09.10", email, true, false),
                new Occupation("Boulanger", "Artisan", "Boulangerie du coin", "1 place du marché"));
    }

    static Partner partner() {
        return new Partner(Civility.MADAME, new PersonName("DUPONT", "JEANNE"),
                new PostalAddress("Lotissement les bons bonbons", "31400", "SAINT - JEAN"),
                new ContactDetails("", "05.00.00.00.00", "", "jeanne@example.org", false, true),
                new Occupation("Infirmière", "Profession intermédiaire", "CHU", "Avenue de l'hôpital"));
    }

    @Test
    void a_family_with_a_partner_reads_back_whole_by_id_and_by_number() {
        Family family = Family.open(uniqueNumber(), guardian("jean.dupont@example.org"), partner());
        families.add(family);

        Family byId = families.byId(family.id()).orElseThrow();
        assertThat(byId.id()).isEqualTo(family.id());
        assertThat(byId.number()).isEqualTo(family.number());
        assertThat(byId.guardian()).isEqualTo(family.guardian());
        assertThat(byId.partner()).contains(partner());
        assertThat(byId.version()).isZero();

        Family byNumber = families.byNumber(family.number()).orElseThrow();
        assertThat(byNumber.id()).isEqualTo(family.id());
        assertThat(byNumber.partner()).contains(partner());
        assertThat(families.numberTaken(family.number())).isTrue();
    }

    @Test
    void a_family_without_partner_reads_back_without_partner() {
        Family family = Family.open(uniqueNumber(), guardian(""), null);
        families.add(family);

        Family read = families.byId(family.id()).orElseThrow();
        assertThat(read.partner()).isEmpty();
        assertThat(read.guardian()).isEqualTo(family.guardian());
        assertThat(families.byNumber(family.number()).orElseThrow().partner()).isEmpty();
    }

    @Test
    void unknown_ids_and_numbers_find_nothing() {
        assertThat(families.byId(FamilyId.newId())).isEmpty();
        FamilyNumber unknown = uniqueNumber();
        assertThat(families.byNumber(unknown)).isEmpty();
        assertThat(families.numberTaken(unknown)).isFalse();
    }

    @Test
    void families_are_found_by_guardian_email_without_regard_to_case_and_never_by_partner_email() {
        String email = "Camille." + System.nanoTime() + "@Example.org";
        Family first = Family.open(uniqueNumber(), guardian(email), partner());
        Family second = Family.open(uniqueNumber(), guardian(email.toLowerCase()), null);
        Family other = Family.open(uniqueNumber(), guardian("someone.else." + System.nanoTime() + "@example.org"),
                null);
        families.add(first);
        families.add(second);
        families.add(other);

        assertThat(families.byGuardianEmail("  " + email.toUpperCase() + " "))
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(families.byGuardianEmail("jeanne@example.org")).doesNotContain(first.id());
        assertThat(families.byGuardianEmail("nobody." + System.nanoTime() + "@example.org")).isEmpty();
        assertThat(families.byGuardianEmail(email + "\u0000")).as("a NUL, which PostgreSQL text cannot hold").isEmpty();
        assertThat(families.byGuardianEmail("x".repeat(10_000) + "@example.org")).isEmpty();
    }
}
