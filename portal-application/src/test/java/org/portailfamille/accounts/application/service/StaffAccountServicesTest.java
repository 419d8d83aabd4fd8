package org.portailfamille.accounts.application.service;

import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.application.FormValues;
import org.portailfamille.accounts.application.port.in.OpenFamilyAccountCommand;
import org.portailfamille.accounts.application.port.in.OpenedFamilyAccount;
import org.portailfamille.accounts.application.port.in.ResetParentPasswordCommand;
import org.portailfamille.accounts.application.port.in.TemporaryPasswordIssued;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.PasswordPolicy;
import org.portailfamille.accounts.domain.Username;
import org.portailfamille.shared.FamilyId;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class StaffAccountServicesTest {

    private final InMemoryAccounts world = new InMemoryAccounts();
    private final OpenFamilyAccountService open = new OpenFamilyAccountService(
            new FamilyAccounts(world.families, world.logins, world.hasher, world.clock), world.notifications);
    private final ResetParentPasswordService reset = new ResetParentPasswordService(world.logins, world.families,
            world.hasher, world.notifications, world.clock);
    private final SearchFamiliesService search = new SearchFamiliesService(world.families);

    private Map<String, String> guardian(String email) {
        return FormValues.of("civility", "MADAME", "lastName", "Lefèvre", "firstName", "Élodie",
                "guardianRole", "MOTHER", "maritalStatus", "MARRIED", "addressLine", "4 RUE HAUTE", "postcode", "31400",
                "city", "SAINT - JEAN", "email", email, "partnerCivility", "MONSIEUR", "partnerLastName", "Lefèvre",
                "partnerFirstName", "Marc");
    }

    @Test
    void an_account_shown_once_gets_a_number_an_identifiant_and_a_good_temporary_password() {
        OpenedFamilyAccount opened = open.openFamilyAccount(OpenFamilyAccountCommand.fromFields(guardian(""), false));
        assertThat(opened.opened()).isTrue();
        assertThat(opened.familyNumber()).isEqualTo("1001001900001");
        assertThat(opened.username()).isEqualTo("elodie.lefevre");
        assertThat(opened.temporaryPasswordToShow()).satisfies(password ->
                assertThat(PasswordPolicy.isAcceptable(password, "elodie.lefevre")).isTrue());
        Login login = world.logins.byUsername(new Username("elodie.lefevre")).orElseThrow();
        assertThat(login.passwordTemporary()).isTrue();
        assertThat(world.hasher.matches(opened.temporaryPasswordToShow(), login.passwordHash())).isTrue();
        Family family = world.families.byId(opened.familyId()).orElseThrow();
        assertThat(family.partner().orElseThrow().name().firstName()).isEqualTo("Marc");
        assertThat(family.guardian().name().lastName()).isEqualTo("LEFÈVRE");

        OpenedFamilyAccount homonym = open.openFamilyAccount(OpenFamilyAccountCommand.fromFields(guardian(""), false));
        assertThat(homonym.username()).isEqualTo("elodie.lefevre2");
        assertThat(search.searchFamilies("lefèvre")).hasSize(2);
    }

    @Test
    void mailed_credentials_are_not_shown_and_need_an_email() {
        assertThat(open.openFamilyAccount(OpenFamilyAccountCommand.fromFields(guardian(""), true)).problems())
                .containsOnly(entry("email", "emailForCredentials"));
        OpenedFamilyAccount opened = open.openFamilyAccount(OpenFamilyAccountCommand.fromFields(
                guardian("elodie@example.org"), true));
        assertThat(opened.mailed()).isTrue();
        assertThat(opened.temporaryPasswordToShow()).isNull();
        assertThat(world.sentCredentials).singleElement().satisfies(mail -> {
            assertThat(mail[0]).isEqualTo("elodie@example.org");
            assertThat(mail[1]).isEqualTo("elodie.lefevre");
        });
    }

    @Test
    void invalid_input_opens_nothing() {
        Map<String, String> bad = guardian("");
        bad.put("postcode", "ABC");
        bad.put("partnerFirstName", "");
        bad.put("partnerLastName", "LEF\u0000EVRE");
        OpenedFamilyAccount refused = open.openFamilyAccount(OpenFamilyAccountCommand.fromFields(bad, false));
        assertThat(refused.problems()).containsOnly(entry("postcode", "postcode"), entry("partnerFirstName", "required"),
                entry("partnerLastName", "characters"));
        assertThat(world.familyRows).isEmpty();
        assertThat(world.loginRows).isEmpty();
    }

    @Test
    void a_reset_gives_a_new_temporary_password_only_to_a_login_of_that_family() {
        OpenedFamilyAccount opened = open.openFamilyAccount(OpenFamilyAccountCommand.fromFields(guardian(""), false));
        Login login = world.logins.byUsername(new Username(opened.username())).orElseThrow();
        login.changePassword(world.hasher.hash("Choisi-Par-Moi-1"), world.clock.instant());
        world.logins.updatePassword(login);

        assertThat(reset.resetParentPassword(new ResetParentPasswordCommand(FamilyId.newId(), login.id().value(), false)))
                .isEmpty();
        assertThat(reset.resetParentPassword(new ResetParentPasswordCommand(opened.familyId(), UUID.randomUUID(), false)))
                .isEmpty();
        Optional<TemporaryPasswordIssued> issued = reset.resetParentPassword(
                new ResetParentPasswordCommand(opened.familyId(), login.id().value(), false));
        assertThat(issued).isPresent();
        Login after = world.logins.byId(login.id()).orElseThrow();
        assertThat(after.passwordTemporary()).isTrue();
        assertThat(world.hasher.matches(issued.get().passwordToShow(), after.passwordHash())).isTrue();
        assertThat(world.hasher.matches("Choisi-Par-Moi-1", after.passwordHash())).isFalse();
    }
}
