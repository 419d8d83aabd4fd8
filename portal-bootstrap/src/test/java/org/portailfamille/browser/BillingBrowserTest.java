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
import org.portailfamille.billing.BillingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Billing in Chromium: the parent's Relevé de compte (axe, keyboard, 320 px), the invoice PDF downloaded and read
 * back, and staff running a month (draft, preview, issue, progress to the end) then recording a cheque that the
 * parent sees. Screenshots of each page at 1280 and 375 px go to /work/screens (when that folder can be written).
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class BillingBrowserTest {

    private static final Path SCREENS = Paths.get("/work/screens");

    @Autowired
    ApplicationContext context;

    private static void screens(Page page, String name) {
        try {
            Files.createDirectories(SCREENS);
        } catch (Exception e) {
            return;
        }
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENS.resolve("billing-" + name + "-1280.png")));
        page.setViewportSize(375, 800);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENS.resolve("billing-" + name + "-375.png")));
        page.setViewportSize(1280, 900);
    }

    private static void noSidewaysScrollAt320(Page page) {
        page.setViewportSize(320, 800);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("scrollWidth at 320 px of " + page.url())
                .isLessThanOrEqualTo(320);
        page.setViewportSize(1280, 900);
    }

    @Test
    void staff_issue_a_month_and_record_a_cheque_that_the_parent_sees_in_the_statement(Page page) throws Exception {
        BillingFixture billing = new BillingFixture(context);
        BillingFixture.Setup setup = billing.newRegieWithActivity();
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent parent = accounts.newParent("Releve2026x");
        YearMonth month = BillingFixture.lastMonth();
        billing.book(setup, parent.familyId(), "NINA", month, 4);
        TestAccounts.Staff agent = accounts.newStaff("Agent2026xx");

        // staff: a draft for the régie and the month, its preview, issue, progress to the end
        Portal.logIn(page, agent.username(), agent.password());
        page.navigate("/gestion/facturation");
        assertThat(Portal.heading(page)).hasText("Facturation");
        Axe.assertNoViolations(page, "Facturation");
        screens(page, "staff-overview");
        page.locator("select#regie").selectOption(setup.regie().toString());
        Portal.field(page, "Mois facturé").fill(month.toString());
        Portal.press(page, "Préparer le brouillon");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le brouillon est prêt");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("40,20");
        Axe.assertNoViolations(page, "run preview");
        screens(page, "staff-run-draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Émettre les factures"))).click();
        assertThat(page.locator("#run-progress-text")).containsText("Terminé", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("progress#run-progress")).hasAttribute("value", "100");
        Axe.assertNoViolations(page, "run issued");
        screens(page, "staff-run-issued");

        // staff: a cheque for the family, allocated oldest first
        page.navigate("/gestion/facturation/reglements/nouveau");
        Portal.press(page, "Enregistrer le règlement");
        assertThat(page.locator(".error-summary")).isFocused();
        Axe.assertNoViolations(page, "payment form with errors");
        screens(page, "staff-payment-errors");
        Portal.field(page, "N° Famille").fill(parent.familyNumber());
        page.locator("select#regie").selectOption(setup.regie().toString());
        Portal.field(page, "Montant (en euros)").fill("40,20");
        Portal.press(page, "Enregistrer le règlement");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("est enregistré");
        Axe.assertNoViolations(page, "family account");
        screens(page, "staff-account");
        page.navigate("/gestion/facturation/impayes");
        Axe.assertNoViolations(page, "unpaid by age");
        screens(page, "staff-unpaid");
        page.navigate("/gestion/facturation/activites/" + setup.activity() + "/tarifs");
        Axe.assertNoViolations(page, "tariffs");
        screens(page, "staff-tariffs");
        Portal.logOut(page);

        // the parent: the statement, keyboard to the print link, 320 px, the PDF
        Portal.logIn(page, parent.username(), parent.password());
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Onglets du Portail Famille"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Relevé de compte")).click();
        assertThat(Portal.heading(page)).hasText("Relevé de compte");
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).containsText("Règlement : Chèque");
        assertThat(table).containsText("Facture : " + String.format("01/%02d/%d", month.getMonthValue(), month.getYear()));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("0,00");
        Axe.assertNoViolations(page, "Relevé de compte");
        noSidewaysScrollAt320(page);
        screens(page, "statement");
        String number = setup.prefix() + "-1";
        Locator print = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF : imprimer la facture " + number));
        for (int i = 0; i < 60 && !print.evaluate("e => e === document.activeElement").equals(Boolean.TRUE); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(print).isFocused();
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("facture-" + number + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Facture " + number, "NINA FACTURE", "40,20", "10,05");
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes factures")).click();
        Axe.assertNoViolations(page, "Mes factures");
        screens(page, "statement-invoices");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes règlements")).click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Chèque");
        Axe.assertNoViolations(page, "Mes règlements");
        noSidewaysScrollAt320(page);
        screens(page, "statement-payments");
    }
}
