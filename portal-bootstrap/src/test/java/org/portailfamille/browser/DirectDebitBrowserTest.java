package org.portailfamille.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.billing.BillingFixture;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.portailfamille.billing.application.port.in.GetSepaMandateUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SEPA direct debit in Chromium (axe 0 violations on every state, 375 px): staff preview a régie's month, are
 * refused a debit date too soon, generate the pain.008 file, download it, and enter a reject; the parent sees the
 * mandate (RUM, signature date, masked IBAN) on Mon compte and asks, with the keyboard, to stop it.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class DirectDebitBrowserTest {

    @Autowired ApplicationContext context;
    @Autowired Clock clock;

    private static void noSidewaysScrollAt375(Page page) {
        page.setViewportSize(375, 800);
        page.waitForLoadState(); // layout measured once the stylesheets are in
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("scrollWidth at 375 px of " + page.url())
                .isLessThanOrEqualTo(375);
        page.setViewportSize(1280, 900);
    }

    @Test
    void staff_export_a_month_download_the_file_and_enter_a_reject_then_the_parent_sees_the_mandate_and_asks_to_stop(
            Page page) throws Exception {
        BillingFixture billing = new BillingFixture(context);
        BillingFixture.Setup setup = billing.newRegieWithActivity();
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent parent = accounts.newParent("Mandat2026x");
        YearMonth month = BillingFixture.lastMonth();
        billing.book(setup, parent.familyId(), "ROSE", month, 2);
        billing.issue(setup, month);
        // the family asked for direct debit (Mon compte, Bancaires) and the municipality accepted: a mandate
        FamilyChangeOutcome asked = context.getBean(SubmitFamilyChangeUseCase.class).submitFamilyChange(
                new SubmitFamilyChangeCommand(parent.familyId(), parent.username(), BankForm.fromFields(Map.of(
                        "accountHolder", "ROSE PARENT", "iban", "FR76 3000 6000 0112 3456 7890 189", "bic", "AGRIFRPP",
                        "bankName", "Banque", "directDebit", "true"))));
        DecideRequestUseCase decide = context.getBean(DecideRequestUseCase.class);
        decide.decide(new DecideRequestCommand(asked.requestId(), 0, true, "agent", null));
        GetSepaMandateUseCase mandates = context.getBean(GetSepaMandateUseCase.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> mandates.activeMandate(parent.familyId()).isPresent());
        LocalDate signed = mandates.activeMandate(parent.familyId()).orElseThrow().signedOn();
        TestAccounts.Staff agent = accounts.newStaff("Agent2026xx");
        String invoice = setup.prefix() + "-1";

        // staff: the page, the preview of the month
        Portal.logIn(page, agent.username(), agent.password());
        page.navigate("/gestion/facturation");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prélèvements SEPA")).click();
        assertThat(Portal.heading(page)).hasText("Prélèvements SEPA");
        Axe.assertNoViolations(page, "Prélèvements SEPA");
        page.locator("select#regie").selectOption(setup.regie().toString());
        Portal.field(page, "Mois facturé").fill(month.toString());
        Portal.press(page, "Voir l'aperçu");
        Locator main = page.getByRole(AriaRole.MAIN);
        assertThat(main).containsText("1 facture(s) à prélever pour 1 famille(s), total 20,10");
        assertThat(main).containsText("Premier prélèvement (FRST)");
        assertThat(main).containsText(parent.familyNumber());
        Axe.assertNoViolations(page, "direct-debit preview");
        noSidewaysScrollAt375(page);

        // a debit date too soon: a French message on the form, nothing generated
        Portal.field(page, "Date de prélèvement").fill(LocalDate.now(clock).plusDays(1).toString());
        Portal.press(page, "Générer le fichier (1 prélèvement(s))");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Choisissez une date de prélèvement à partir du");
        Axe.assertNoViolations(page, "direct-debit date too soon");

        // generate: the file's page, its download
        LocalDate debit = LocalDate.now(clock).plusDays(10);
        Portal.field(page, "Date de prélèvement").fill(debit.toString());
        Portal.press(page, "Générer le fichier (1 prélèvement(s))");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le fichier a été généré : 1 prélèvement(s)");
        assertThat(Portal.heading(page)).containsText("Fichier de prélèvement PF-" + setup.prefix());
        assertThat(main).containsText(invoice);
        Axe.assertNoViolations(page, "direct-debit file");
        noSidewaysScrollAt375(page);
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Télécharger PF-"))).click());
        String xml = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("PF-" + setup.prefix()).endsWith(".xml");
        org.assertj.core.api.Assertions.assertThat(xml).contains("urn:iso:std:iso:20022:tech:xsd:pain.008.001.02",
                "<SeqTp>FRST</SeqTp>", "<InstdAmt Ccy=\"EUR\">20.10</InstdAmt>", "<ReqdColltnDt>" + debit + "</ReqdColltnDt>");

        // a reject: missing reason first, then AM04
        page.locator("select#facture").selectOption(invoice);
        Portal.press(page, "Enregistrer le rejet");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Choisissez le motif du rejet");
        Axe.assertNoViolations(page, "reject with errors");
        page.locator("select#facture").selectOption(invoice);
        page.locator("select#motif").selectOption("AM04");
        Portal.press(page, "Enregistrer le rejet");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("la facture " + invoice + " est de nouveau à régler");
        assertThat(main).containsText("(AM04)");
        Axe.assertNoViolations(page, "file with a reject");
        page.navigate("/gestion/facturation/prelevements");
        assertThat(main).containsText("PF-" + setup.prefix());
        Axe.assertNoViolations(page, "files list");
        Portal.logOut(page);

        // the parent: the mandate on Mon compte, then the stop request, with the keyboard
        Portal.logIn(page, parent.username(), parent.password());
        page.navigate(Portal.MY_ACCOUNT);
        Locator card = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Prélèvement automatique"));
        assertThat(card).containsText("PF" + parent.familyNumber() + "-1");
        assertThat(card).containsText(String.format("%02d/%02d/%d", signed.getDayOfMonth(), signed.getMonthValue(), signed.getYear()));
        assertThat(card).containsText("0189");
        assertThat(card).not().containsText("FR7630006000011234567890189");
        Axe.assertNoViolations(page, "Mon compte with a mandate");
        noSidewaysScrollAt375(page);
        Locator stop = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demander l'arrêt du prélèvement automatique"));
        for (int i = 0; i < 80 && !stop.evaluate("e => e === document.activeElement").equals(Boolean.TRUE); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(stop).isFocused();
        page.keyboard().press("Enter");
        assertThat(Portal.heading(page)).hasText("Arrêter le prélèvement automatique");
        Axe.assertNoViolations(page, "stop direct debit");
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander l'arrêt du prélèvement"));
        button.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Votre demande d'arrêt du prélèvement a été transmise");
        Axe.assertNoViolations(page, "stop requested");
        noSidewaysScrollAt375(page);

        // the request keeps the account and unticks direct debit; once accepted, the mandate is revoked
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        UUID stopRequest = jdbc.queryForObject("select id from requests.request where family_id = ? and status = 'PENDING'",
                UUID.class, parent.familyId().value());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select value from requests.request_payload "
                + "where request_id = ? and key = 'directDebit'", String.class, stopRequest)).isEqualTo("false");
        decide.decide(new DecideRequestCommand(stopRequest, 0, true, "agent", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> mandates.activeMandate(parent.familyId()).isEmpty());
        page.navigate(Portal.MY_ACCOUNT);
        assertThat(card).containsText("Vous ne payez pas vos factures par prélèvement automatique.");
        Axe.assertNoViolations(page, "Mon compte without a mandate");
    }
}
