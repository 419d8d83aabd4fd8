package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestAccounts.Parent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Mon compte: the family file, and the five forms of its side menu that send a request to the mairie. */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class MyAccountBrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void a_parent_reads_the_family_file_and_the_demo_parent_sees_the_guide_s_values(Page page) {
        Parent parent = new TestAccounts(applicationContext).newParent("Compte2026x");
        Portal.logIn(page, parent.username(), parent.password());
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Onglets du Portail Famille"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mon compte")).click();

        Portal.assertPath(page, Portal.MY_ACCOUNT);
        assertThat(Portal.heading(page)).hasText("Informations famille");
        Locator mine = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Mon compte"));
        assertThat(mine).containsText(parent.familyNumber());
        assertThat(mine).containsText("CAMILLE");
        assertThat(mine).containsText("1 RUE DU TEST");
        Locator partner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Mon conjoint"));
        assertThat(partner).containsText("Aucun conjoint n'est enregistré.");
        Locator menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Modifier mes informations"));
        assertThat(menu.getByRole(AriaRole.LINK)).hasText(new String[]{"Informations famille", "Infos Responsable",
                "Informations Conjoint", "Informations Fiscales", "Informations Caf", "Coordonnées Bancaires"});
        assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Informations famille")))
                .hasAttribute("aria-current", "page");
        Axe.assertNoViolations(page, "Mon compte of a family without partner");
        Portal.logOut(page);

        Portal.logIn(page, Portal.JEAN_DUPONT, Portal.JEAN_DUPONT_PASSWORD);
        page.navigate(Portal.MY_ACCOUNT);
        mine = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Mon compte"));
        assertThat(definition(mine, "N° Famille")).hasText("1001001818331");
        assertThat(definition(mine, "Qualité")).hasText("Père");
        assertThat(definition(mine, "Situation")).hasText("Séparé(e)");
        partner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Mon conjoint"));
        assertThat(definition(partner, "Nom")).hasText("DUPONT");
        assertThat(definition(partner, "Prénom")).hasText("JEANNE");
        Axe.assertNoViolations(page, "Mon compte of the demo family (with a partner)");
    }

    @Test
    void each_form_refuses_a_bad_value_then_sends_a_request(Page page) {
        Parent parent = new TestAccounts(applicationContext).newParent("Formulaires2026x");
        Portal.logIn(page, parent.username(), parent.password());

        // Infos Responsable: unchanged, then a bad postcode, then a new address.
        page.navigate(Portal.MY_ACCOUNT);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Infos Responsable")).click();
        Portal.assertPath(page, Portal.MY_ACCOUNT + "/responsable");
        assertThat(Portal.heading(page)).hasText("Informations responsable");
        assertThat(Portal.field(page, "Nom")).hasValue("TEST" + parent.username().substring("parent".length()));
        assertThat(Portal.field(page, "Code postal")).hasValue("31400");
        Axe.assertNoViolations(page, "Infos Responsable, prefilled");
        Portal.press(page, "Enregistrer la demande");
        Locator unchanged = page.getByRole(AriaRole.STATUS);
        assertThat(unchanged).containsText("Vous n'avez rien modifié");
        assertThat(unchanged).isFocused();
        Axe.assertNoViolations(page, "Infos Responsable sent unchanged");

        Portal.field(page, "Adresse").fill("5 AVENUE DES PINS");
        Portal.field(page, "Code postal").fill("314");
        Portal.press(page, "Enregistrer la demande");
        Locator summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Saisissez un code postal de 5 chiffres, par exemple 31400.");
        Locator postcode = Portal.field(page, "Code postal");
        assertThat(postcode).hasAttribute("aria-invalid", "true");
        assertThat(postcode).hasValue("314");
        assertThat(Portal.field(page, "Adresse")).hasValue("5 AVENUE DES PINS");
        assertThat(postcode).hasAccessibleDescription(Pattern.compile("5 chiffres, par exemple 31400 Erreur : ?Saisissez un code postal"));
        Axe.assertNoViolations(page, "Infos Responsable with a bad postcode");
        summary.getByRole(AriaRole.LINK).first().click();
        assertThat(postcode).isFocused();
        postcode.fill("31500");
        Portal.press(page, "Enregistrer la demande");
        assertSent(page, "responsable");

        // Informations Conjoint: this family has none, the form adds one.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Informations Conjoint")).click();
        assertThat(Portal.heading(page)).hasText("Informations conjoint");
        assertThat(Portal.field(page, "Nom")).hasValue("");
        Axe.assertNoViolations(page, "Informations Conjoint, empty");
        Portal.field(page, "Nom").fill("MARTIN");
        Portal.field(page, "Prénom").fill("PAUL");
        Portal.field(page, "Email").fill("paul.martin@");
        Portal.press(page, "Enregistrer la demande");
        summary = Portal.focusedErrorSummary(page);
        assertThat(summary).containsText("Saisissez une adresse électronique valide");
        assertThat(summary).containsText("Saisissez : Adresse.");
        Axe.assertNoViolations(page, "Informations Conjoint with errors");
        Portal.field(page, "Email").fill("paul.martin@example.org");
        Portal.field(page, "Adresse").fill("1 RUE DU TEST");
        Portal.field(page, "Code postal").fill("31400");
        Portal.field(page, "Ville").fill("SAINT - JEAN");
        Axe.assertNoViolations(page, "Informations Conjoint, filled in");
        Portal.press(page, "Enregistrer la demande");
        assertSent(page, "conjoint");

        // Informations Fiscales: bad income and year, then good ones: the implied quotient is shown.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Informations Fiscales")).click();
        assertThat(Portal.heading(page)).hasText("Informations fiscales");
        Axe.assertNoViolations(page, "Informations Fiscales");
        Portal.field(page, "Revenu fiscal de référence").fill("-12");
        Portal.field(page, "Année des revenus").fill("25");
        Portal.press(page, "Enregistrer la demande");
        summary = Portal.focusedErrorSummary(page);
        assertThat(summary.getByRole(AriaRole.LINK)).hasText(new String[]{
                "Saisissez un revenu en euros, positif ou nul, par exemple 32 500 ou 32 500,50.",
                "Saisissez l'année des revenus sur 4 chiffres, par exemple 2025."});
        Axe.assertNoViolations(page, "Informations Fiscales with errors");
        Portal.field(page, "Revenu fiscal de référence").fill("24 000");
        Portal.field(page, "Nombre de parts").selectOption("2");
        Portal.field(page, "Année des revenus").fill("2025");
        Portal.press(page, "Enregistrer la demande");
        assertSent(page, "fiscales");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(
                Pattern.compile("votre quotient familial serait de 1\\s000,00 € par mois"));

        // Informations Caf: a number with a space, then a good one.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Informations Caf")).click();
        assertThat(Portal.heading(page)).hasText("Informations CAF");
        Axe.assertNoViolations(page, "Informations Caf");
        Portal.field(page, "Numéro d'allocataire").fill("AB 12");
        Portal.press(page, "Enregistrer la demande");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Saisissez votre numéro d'allocataire");
        assertThat(Portal.field(page, "Numéro d'allocataire")).hasAttribute("aria-invalid", "true");
        Axe.assertNoViolations(page, "Informations Caf with a bad number");
        Portal.field(page, "Numéro d'allocataire").fill("1234567A");
        Portal.press(page, "Enregistrer la demande");
        assertSent(page, "caf");

        // Coordonnées Bancaires: an IBAN with a bad checksum, then a good one with direct debit.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coordonnées Bancaires")).click();
        assertThat(Portal.heading(page)).hasText("Coordonnées bancaires");
        Axe.assertNoViolations(page, "Coordonnées Bancaires");
        Portal.field(page, "Titulaire du compte").fill("CAMILLE TEST");
        Portal.field(page, "IBAN").fill("FR76 3000 6000 0112 3456 7890 188");
        Portal.press(page, "Enregistrer la demande");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Saisissez un IBAN valide");
        assertThat(Portal.field(page, "IBAN")).hasValue("FR76 3000 6000 0112 3456 7890 188");
        Axe.assertNoViolations(page, "Coordonnées Bancaires with a bad IBAN");
        Portal.field(page, "IBAN").fill("FR76 3000 6000 0112 3456 7890 189");
        Locator directDebit = Portal.field(page, "Je demande le prélèvement automatique de mes factures");
        directDebit.focus();
        page.keyboard().press("Space");
        assertThat(directDebit).isChecked();
        Portal.press(page, "Enregistrer la demande");
        assertSent(page, "bancaires");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suivre mes demandes")).click();
        Portal.assertPath(page, Portal.MY_REQUESTS);
        Locator pending = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Demandes en attente"));
        assertThat(pending.locator("tbody tr")).hasCount(5);
        assertThat(pending).containsText("5 AVENUE DES PINS");
        Axe.assertNoViolations(page, "Liste des demandes with five pending requests");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Types de demande"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Informations bancaires")).click();
        assertThat(pending.locator("tbody tr")).hasCount(1);
        Axe.assertNoViolations(page, "Liste des demandes, bank requests only");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mois précédent")).click();
        assertThat(page.getByText("Aucune demande acceptée sur cette période.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mois suivant"))).isVisible();
        Axe.assertNoViolations(page, "Liste des demandes, previous month (empty)");
        // "Mes enfants" is also the family area's tab: the view is the one in the views' menu.
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Vues de la liste des demandes"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mes enfants")).click();
        Axe.assertNoViolations(page, "Liste des demandes, children view");
    }

    private static void assertSent(Page page, String slug) {
        Portal.assertPath(page, Portal.MY_ACCOUNT + "/" + slug + "/demande-envoyee");
        assertThat(Portal.heading(page)).hasText("Demande transmise");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre demande a été transmise à la mairie.");
        Axe.assertNoViolations(page, "the confirmation of the " + slug + " request");
    }

    /** The {@code dd} of the {@code dt} "label :" in a summary list. */
    static Locator definition(Locator list, String label) {
        return list.locator("dt").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + label + " ?:$")))
                .locator("xpath=following-sibling::dd[1]");
    }
}
