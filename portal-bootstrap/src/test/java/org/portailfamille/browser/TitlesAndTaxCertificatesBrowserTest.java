package org.portailfamille.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.billing.BillingFixture;
import org.portailfamille.billing.TitlesAndCertificatesFixture;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 11 in Chromium: staff hand an unpaid invoice to the treasury (criteria with errors, preview, confirmation,
 * list of titles) and the parent sees the title line and the guide's note (c); staff produce a year's attestations
 * fiscales and the parent downloads one from under Relevé de compte, with the keyboard. Axe: 0 violations on each
 * page and state; nothing scrolls sideways at 320 px.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class TitlesAndTaxCertificatesBrowserTest {

    @Autowired
    ApplicationContext context;

    private static void noSidewaysScrollAt320(Page page) {
        page.setViewportSize(320, 800);
        page.waitForLoadState(); // layout measured once the stylesheets are in
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("scrollWidth at 320 px of " + page.url())
                .isLessThanOrEqualTo(320);
        page.setViewportSize(1280, 900);
    }

    @Test
    void staff_hand_an_unpaid_invoice_to_the_treasury_and_the_parent_sees_the_title(Page page) {
        TitlesAndCertificatesFixture fixture = new TitlesAndCertificatesFixture(context);
        TitlesAndCertificatesFixture.Regie regie = fixture.newRegie();
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent parent = accounts.newParent("Titre-Navig-2026");
        ChildId child = fixture.child(parent.familyId(), "Jade", LocalDate.of(2019, 2, 2));
        YearMonth month = BillingFixture.lastMonth();
        fixture.book(parent.familyId(), child, regie.setup().activity(), month, 3);
        fixture.issue(regie, month);
        String invoice = fixture.invoicesOf(parent.familyId(), regie).get(0);
        TestClock.PORTAL.advance(Duration.ofDays(100));
        int year = LocalDate.now(TestClock.PORTAL).getYear();
        TestAccounts.Staff agent = accounts.newStaff("Agent-Titre-Nav-26");

        Portal.logIn(page, agent.username(), agent.password());
        page.navigate("/gestion/facturation");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Titres émis (transmission à la trésorerie)"))
                .click();
        assertThat(Portal.heading(page)).hasText("Titres émis (transmission à la trésorerie)");
        Axe.assertNoViolations(page, "titles page, default criteria");

        Portal.field(page, "Jours de retard au moins").fill("beaucoup");
        Portal.press(page, "Afficher les factures");
        Portal.focusedErrorSummary(page);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Saisissez un nombre de jours entre 0 et 3650");
        Axe.assertNoViolations(page, "titles criteria with errors");

        page.locator("select#regie").selectOption(regie.setup().regie().toString());
        Portal.field(page, "Jours de retard au moins").fill("60");
        Portal.field(page, "Reste dû au moins (€)").fill("15,00");
        Portal.press(page, "Afficher les factures");
        Locator box = page.getByLabel("Transmettre la facture " + invoice + " à la trésorerie");
        assertThat(box).isChecked();
        Axe.assertNoViolations(page, "titles preview");
        noSidewaysScrollAt320(page);
        box.focus();
        page.keyboard().press("Space");
        assertThat(box).not().isChecked();
        page.keyboard().press("Space");
        assertThat(box).isChecked();
        Portal.press(page, "Émettre les titres");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("de ORMC n°" + year + "-1");
        Locator titlesTable = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Titres émis, les plus récents d'abord"));
        assertThat(titlesTable).containsText("ORMC n°" + year + "-1");
        assertThat(titlesTable).containsText(invoice);
        Axe.assertNoViolations(page, "titles issued");
        noSidewaysScrollAt320(page);
        Portal.logOut(page);

        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/releve");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Titre émis (ORMC n°" + year + "-1)");
        assertThat(page.locator("#note-titre")).containsText("Le suivi des règlements et de votre solde");
        Axe.assertNoViolations(page, "statement with a title");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes factures")).click();
        assertThat(page.getByRole(AriaRole.TABLE).first()).containsText("Transmise à la trésorerie");
        Axe.assertNoViolations(page, "invoices with a titled one");
    }

    @Test
    void staff_produce_a_years_attestations_and_the_parent_downloads_one_per_child(Page page) throws Exception {
        TitlesAndCertificatesFixture fixture = new TitlesAndCertificatesFixture(context);
        TitlesAndCertificatesFixture.Regie regie = fixture.newRegie();
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent parent = accounts.newParent("Attest-Navig-2026");
        LocalDate today = LocalDate.now(TestClock.PORTAL);
        int year = today.getYear();
        ChildId child = fixture.child(parent.familyId(), "Noé", today.minusYears(4));
        YearMonth month = BillingFixture.lastMonth();
        fixture.book(parent.familyId(), child, regie.setup().activity(), month, 2);
        fixture.book(parent.familyId(), child, regie.canteen(), month, 2);
        fixture.issue(regie, month);
        String invoice = fixture.invoicesOf(parent.familyId(), regie).get(0);
        fixture.pay(parent.familyId(), regie, today, "28.10", invoice);  // 20,10 € of care + 8,00 € of meals
        TitlesAndCertificatesFixture.moveClockTo(LocalDate.of(year + 1, 1, 12));
        TestAccounts.Staff agent = accounts.newStaff("Agent-Attest-Nav-26");

        Portal.logIn(page, agent.username(), agent.password());
        page.navigate("/gestion/facturation");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attestations fiscales").setExact(true)).click();
        assertThat(Portal.heading(page)).hasText("Attestations fiscales (frais de garde)");
        Axe.assertNoViolations(page, "staff attestations");
        Portal.field(page, "Année des paiements").fill(String.valueOf(year + 1));
        Portal.press(page, "Établir les attestations");
        Portal.focusedErrorSummary(page);
        Axe.assertNoViolations(page, "staff attestations with an error");
        Portal.field(page, "Année des paiements").fill(String.valueOf(year));
        Portal.press(page, "Établir les attestations");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Attestations établies : " + year);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Noé ATTESTATION");
        Axe.assertNoViolations(page, "staff attestations produced");
        noSidewaysScrollAt320(page);
        Portal.logOut(page);

        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/releve");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attestations fiscales (frais de garde)"))
                .click();
        assertThat(Portal.heading(page)).hasText("Attestations fiscales (frais de garde)");
        assertThat(page.locator("select#annee")).hasValue(String.valueOf(year));
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).containsText("Noé ATTESTATION");
        assertThat(table).containsText("20,10");
        Axe.assertNoViolations(page, "parent attestations");
        noSidewaysScrollAt320(page);
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Télécharger l'attestation " + year + " de Noé (PDF)"));
        for (int i = 0; i < 60 && !link.evaluate("e => e === document.activeElement").equals(Boolean.TRUE); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(link).isFocused();
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("attestation-fiscale-" + year + "-noe.pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf).replace('\u00a0', ' '))
                    .contains("Attestation de frais de garde – année " + year, "Noé ATTESTATION", "20,10 €")
                    .doesNotContain("28,10");
        }
    }
}
