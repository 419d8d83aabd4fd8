package org.portailfamille.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.billing.BillingFixture;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceUseCase;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Online payment in Chromium through the demo's PayFiP simulator (ADR 0027): a parent pays two invoices of two
 * régies in one journey (single direct debit, then card) and the statement shows the payments; a refused card
 * leaves the invoice unpaid and says so; a lost notification leaves the invoice "Paiement en cours". Every page:
 * axe 0 violations; the choice is made with the keyboard alone.
 */
@PortalIntegrationTest
@ExtendWith(BrowserExtension.class)
class OnlinePaymentBrowserTest {

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
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENS.resolve("pay-" + name + "-1280.png")));
        page.setViewportSize(375, 800);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENS.resolve("pay-" + name + "-375.png")));
        page.setViewportSize(1280, 900);
    }

    private static void noSidewaysScrollAt320(Page page) {
        page.setViewportSize(320, 800);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("scrollWidth at 320 px of " + page.url())
                .isLessThanOrEqualTo(320);
        page.setViewportSize(1280, 900);
    }

    private String invoice(FamilyId family, String amount) {
        UUID regie = new BillingFixture(context).newRegieWithActivity().regie();
        LocalDate today = LocalDate.now(TestClock.PORTAL);
        return context.getBean(IssueInvoiceUseCase.class).issueInvoice(new IssueInvoiceCommand(regie, family,
                today.minusDays(2), today.plusDays(20), today.minusMonths(1).withDayOfMonth(1),
                today.minusMonths(1).withDayOfMonth(28), Money.euros(amount)));
    }

    private static Locator button(Page page, String startingWith) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + startingWith.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"))));
    }

    private static void keyboardTo(Page page, Locator target) {
        for (int i = 0; i < 80 && !target.evaluate("e => e === document.activeElement").equals(Boolean.TRUE); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    @Test
    void a_parent_pays_two_invoices_of_two_regies_through_the_simulator_and_the_statement_shows_the_payments(Page page) {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Payer2026x");
        String first = invoice(parent.familyId(), "12.30");
        String second = invoice(parent.familyId(), "45.60");

        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/releve?vue=factures");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Payer en ligne la facture " + first)))
                .isVisible();
        Axe.assertNoViolations(page, "statement with pay links");
        screens(page, "statement");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Payer en ligne mes factures")).click();
        assertThat(Portal.heading(page)).hasText("Payer en ligne");
        Axe.assertNoViolations(page, "choice");
        noSidewaysScrollAt320(page);
        screens(page, "choose");

        // nothing chosen: the error summary, focused
        Portal.press(page, "Payer les factures choisies");
        assertThat(Portal.focusedErrorSummary(page)).containsText("Choisissez au moins une facture");
        Axe.assertNoViolations(page, "choice with an error");

        // the keyboard alone: tick both invoices, then the button
        for (String number : new String[]{first, second}) {
            Locator box = page.locator("#facture-" + number);
            keyboardTo(page, box);
            page.keyboard().press("Space");
            assertThat(box).isChecked();
        }
        keyboardTo(page, button(page, "Payer les factures choisies"));
        page.keyboard().press("Enter");

        // the provider's page (the simulator): the free single direct debit is offered first; the journey goes in
        // the order of the list
        assertThat(Portal.heading(page)).hasText("Payer votre facture");
        java.util.Map<String, String> amounts = java.util.Map.of(first, "12,30", second, "45,60");
        String one = page.locator("dd").first().textContent().strip();
        String two = one.equals(first) ? second : first;
        org.assertj.core.api.Assertions.assertThat(amounts).containsKey(one);
        assertThat(page.getByLabel("Prélèvement unique (gratuit)")).isChecked();
        Axe.assertNoViolations(page, "simulator");
        screens(page, "simulator");
        button(page, "Payer " + amounts.get(one)).click();

        // back on the portal: the server-to-server confirmation came first
        assertThat(Portal.heading(page)).hasText("Résultat du paiement");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La facture " + one + " (" + amounts.get(one));
        Axe.assertNoViolations(page, "result of the first");
        screens(page, "result");
        button(page, "Continuer : payer la facture " + two).click();

        assertThat(page.getByRole(AriaRole.MAIN)).containsText(two);
        page.getByLabel("Carte bancaire").check();
        button(page, "Payer " + amounts.get(two)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La facture " + two + " (" + amounts.get(two));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir le récapitulatif de vos paiements")).click();
        assertThat(Portal.heading(page)).hasText("Récapitulatif du paiement en ligne");
        assertThat(page.locator("#paiement-" + first)).containsText("Payée");
        assertThat(page.locator("#paiement-" + second)).containsText("Payée");
        Axe.assertNoViolations(page, "summary");
        screens(page, "summary");

        // the statement: both paid, two online payments
        page.navigate("/famille/releve?vue=factures");
        assertThat(page.locator("#facture-" + first)).containsText("Payée");
        assertThat(page.locator("#facture-" + second)).containsText("Payée");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Payer en ligne mes factures")))
                .hasCount(0);
        page.navigate("/famille/releve?vue=reglements");
        Locator payments = page.getByRole(AriaRole.TABLE);
        assertThat(payments).containsText("Prélèvement unique (en ligne)");
        assertThat(payments).containsText("Carte bancaire (en ligne)");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(one + " (")))
                .containsText("Prélèvement unique (en ligne)");
        assertThat(payments).containsText(first + " (12,30");
        assertThat(payments).containsText(second + " (45,60");
        Axe.assertNoViolations(page, "payments");

        // staff: the online payments are payments of the family's account, their source "en ligne"
        Portal.logOut(page);
        TestAccounts.Staff agent = new TestAccounts(context).newStaff("AgentPay2026");
        Portal.logIn(page, agent.username(), agent.password());
        page.navigate("/gestion/facturation/familles/" + parent.familyId() + "?vue=reglements");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Prélèvement unique (en ligne)");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Carte bancaire (en ligne)");
        Axe.assertNoViolations(page, "staff account with online payments");
    }

    @Test
    void a_refused_card_leaves_the_invoice_unpaid_and_says_so(Page page) {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Refus2026xx");
        String number = invoice(parent.familyId(), "33.00");
        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/releve");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Payer en ligne la facture " + number)).click();
        assertThat(page.locator("#facture-" + number)).isChecked();
        Portal.press(page, "Payer les factures choisies");
        page.getByLabel("Carte bancaire").check();
        page.getByLabel("Réponse de la banque").selectOption("refusee");
        button(page, "Payer 33,00").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("a été refusé : la facture reste à payer");
        Axe.assertNoViolations(page, "refused");
        screens(page, "refused");
        page.navigate("/famille/releve?vue=factures");
        assertThat(page.locator("#facture-" + number)).containsText("Non payée");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Payer en ligne la facture " + number)))
                .isVisible();
    }

    @Test
    void while_the_confirmation_is_awaited_the_invoice_shows_paiement_en_cours_and_cannot_be_chosen(Page page) {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Attente2026");
        String number = invoice(parent.familyId(), "21.00");
        Portal.logIn(page, parent.username(), parent.password());
        page.navigate("/famille/paiement-en-ligne?numeroFacture=" + number);
        Portal.press(page, "Payer les factures choisies");
        page.getByLabel("Notification envoyée au portail").selectOption("LOST");
        button(page, "Payer 21,00").click();
        assertThat(Portal.heading(page)).hasText("Paiement en cours");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("est en cours");
        Axe.assertNoViolations(page, "pending");
        screens(page, "pending");
        page.navigate("/famille/releve?vue=factures");
        assertThat(page.locator("#facture-" + number)).containsText("Paiement en cours");
        Axe.assertNoViolations(page, "statement with a pending payment");
        page.navigate("/famille/paiement-en-ligne");
        assertThat(page.locator("#facture-" + number)).isDisabled();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("ne peut pas être payée une seconde fois");
        Axe.assertNoViolations(page, "choice with a pending invoice");
    }
}
