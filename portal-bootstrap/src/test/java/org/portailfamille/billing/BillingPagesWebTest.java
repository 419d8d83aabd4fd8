package org.portailfamille.billing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing pages over HTTP: the parent's Relevé de compte and invoice PDF (its text read back with PDFBox, tagged,
 * fonts embedded), staff's run / tariff / payment / cancellation forms refusing bad input with French messages and
 * changing nothing, then a cheque recorded by staff that the parent sees.
 */
@PortalIntegrationTest
class BillingPagesWebTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private Browser parent(TestAccounts.Parent parent) {
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        return browser;
    }

    private Browser staff() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-2026-ok");
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(staff.username(), staff.password()).status()).isEqualTo(302);
        return browser;
    }

    @Test
    void the_planning_day_page_shows_the_price_of_the_day_before_booking() {
        BillingFixture billing = new BillingFixture(context);
        BillingFixture.Setup setup = billing.newRegieWithActivity(); // flat 10,05 € a day
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Tarif-2026-ok");
        org.portailfamille.planning.RegisterFixture register = new org.portailfamille.planning.RegisterFixture(context);
        ChildId child = register.newChild(parent.familyId(), "PRIX", "TARIF");
        YearMonth next = YearMonth.now(org.portailfamille.TestClock.PORTAL).plusMonths(1);
        register.enrol(parent.familyId(), child, setup.activity(), next.atDay(1), next.atEndOfMonth(), java.util.Set.of());
        java.time.LocalDate day = next.atDay(10);
        while (org.portailfamille.planning.domain.PublicHolidays.isPublicHoliday(day)) {
            day = day.plusDays(1);
        }

        Browser.Response page = parent(parent).get("/famille/enfants/" + child.value() + "/planning/"
                + setup.activity() + "/" + day);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Tarif :", "10,05", "la journée (tarif unique)");
    }

    @Test
    void the_parent_sees_the_statement_and_prints_the_invoice_as_a_tagged_pdf() throws IOException {
        BillingFixture billing = new BillingFixture(context);
        BillingFixture.Setup setup = billing.newRegieWithActivity();
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Parent-2026-ok");
        YearMonth month = BillingFixture.lastMonth();
        billing.book(setup, parent.familyId(), "ZOÉ", month, 3);
        billing.issue(setup, month);
        String number = setup.prefix() + "-1";
        Browser browser = parent(parent);

        Browser.Response page = browser.get("/famille/releve");
        assertThat(page.status()).isEqualTo(200);
        String firstDay = String.format("01/%02d/%d", month.getMonthValue(), month.getYear());
        assertThat(page.body()).contains("Relevé des opérations", "Année scolaire", number,
                "Facture : " + firstDay + " - ", setup.regieName(), "30,15\u00a0€", "Ancien Solde",
                "Solde du Compte pour l&#39;année scolaire", "/famille/factures/" + number + "/pdf",
                "aria-current=\"page\"");
        assertThat(browser.get("/famille/releve?vue=factures").body()).contains(number, "Non payée", "Reste dû");
        assertThat(browser.get("/famille/releve?vue=reglements").body()).contains("Aucun règlement");
        assertThat(browser.get("/famille/releve?annee=pas-une-annee&vue=%3Cscript%3E").status()).isEqualTo(200);
        assertThat(browser.get("/famille/accueil").body()).contains("/famille/factures/" + number + "/pdf");

        Browser.BinaryResponse pdf = browser.getBytes("/famille/factures/" + number + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"facture-" + number + ".pdf\"");
        assertThat(pdf.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pdf.header("Cache-Control")).contains("no-store");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Facture " + number, "Mairie de Saint-Jean", setup.regieName(),
                    parent.familyNumber(), "ZOÉ FACTURE", "10,05", "30,15", "Reste à payer", "Comment payer",
                    "Réservé – tarif unique", firstDay);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("fr");
            assertThat(document.getDocumentInformation().getTitle()).contains("Facture " + number);
            for (PDPage pdfPage : document.getPages()) {
                for (var name : pdfPage.getResources().getFontNames()) {
                    PDFont font = pdfPage.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
        }

        TestAccounts.Parent other = new TestAccounts(context).newParent("Autre-2026-ok");
        Browser otherBrowser = parent(other);
        assertThat(otherBrowser.getBytes("/famille/factures/" + number + "/pdf").status()).isEqualTo(404);
        assertThat(otherBrowser.getBytes("/famille/factures/pas-un-numero/pdf").status()).isEqualTo(404);

        Browser staff = staff();
        assertThat(staff.getBytes("/gestion/facturation/factures/" + number + "/pdf").status()).isEqualTo(200);
        assertThat(staff.get("/gestion/facturation/familles/" + parent.familyId().value()).body())
                .contains(number, "/gestion/facturation/factures/" + number + "/pdf");
        assertThat(staff.get("/gestion/facturation/impayes").body()).contains(number);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from billing." + table, Integer.class);
    }

    private static void refused(Browser.Response answer, String... messages) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).contains("Il y a un problème").contains(messages);
    }

    @Test
    void every_staff_billing_form_refuses_bad_input_in_french_and_changes_nothing() {
        BillingFixture billing = new BillingFixture(context);
        BillingFixture.Setup setup = billing.newRegieWithActivity();
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Parent-2026-ok");
        YearMonth month = BillingFixture.lastMonth();
        billing.book(setup, parent.familyId(), "LOU", month, 2);
        billing.issue(setup, month);
        Browser staff = staff();
        String overview = "/gestion/facturation";
        int runs = count("invoicing_run");
        int tariffs = count("tariff");
        int payments = count("payment");
        int cancellations = count("payment_cancellation");

        refused(staff.submit(overview, "/gestion/facturation/campagnes", Map.of("regie", "x", "mois", "avril")),
                "Choisissez une régie.", "Saisissez un mois, par exemple 2015-04.");
        refused(staff.submit(overview, "/gestion/facturation/campagnes",
                        Map.of("regie", setup.regie().toString(), "mois", YearMonth.now(context.getBean(java.time.Clock.class)).toString())),
                "Choisissez un mois terminé");
        refused(staff.submit(overview, "/gestion/facturation/campagnes",
                Map.of("regie", UUID.randomUUID().toString(), "mois", "2015-04")), "Choisissez une régie.");

        String tariffPage = "/gestion/facturation/activites/" + setup.activity() + "/tarifs";
        Map<String, String> badTariff = new LinkedHashMap<>();
        badTariff.put("libelle", "");
        badTariff.put("unite", "SIECLE");
        badTariff.put("quantite", "-1");
        badTariff.put("du", "32/13/2015");
        badTariff.put("mode", "BRACKETS");
        badTariff.put("tranches", "zéro : gratuit");
        badTariff.put("majorationTardive", "500");
        badTariff.put("majorationSansReservation", "beaucoup");
        badTariff.put("effets[ILLNESS]", "FIXED_AMOUNT");
        badTariff.put("montants[ILLNESS]", "");
        refused(staff.submit(tariffPage, tariffPage, badTariff), "Saisissez un libellé.", "Choisissez une unité.",
                "Saisissez une date valide", "Saisissez une tranche par ligne", "Saisissez un pourcentage entre 0 et 100",
                "Saisissez le montant fixe");
        refused(staff.submit(tariffPage, tariffPage, Map.of("libelle", "Doublon", "unite", "DAY", "quantite", "1",
                "du", "2001-01-01", "mode", "FLAT", "prix", "3,00", "majorationTardive", "0",
                "majorationSansReservation", "0")), "couvre déjà une partie de ces dates");
        assertThat(staff.get(tariffPage).status()).isEqualTo(200);

        String paymentPage = "/gestion/facturation/reglements/nouveau";
        refused(staff.submit(paymentPage, paymentPage, Map.of("famille", "000", "regie", "", "mode", "BITCOIN",
                        "montant", "-3", "date", "hier", "factures", "<script>alert(1)</script>")),
                "Aucune famille n&#39;a ce numéro", "Choisissez une régie.", "Choisissez un mode de règlement.",
                "Saisissez un montant supérieur à 0", "Saisissez une date valide", "Saisissez des numéros de facture");
        refused(staff.submit(paymentPage, paymentPage, Map.of("famille", parent.familyNumber(),
                        "regie", setup.regie().toString(), "mode", "TREASURY_TITLE", "montant", "10,00",
                        "date", java.time.LocalDate.now(context.getBean(java.time.Clock.class)).toString(), "reference", "")),
                "Saisissez le numéro ORMC du titre émis.");
        refused(staff.submit(paymentPage, paymentPage, Map.of("famille", parent.familyNumber(),
                        "regie", setup.regie().toString(), "mode", "CHEQUE", "montant", "10,123", "date", "2015-01-01",
                        "factures", "ZZ-999")), "Saisissez un montant supérieur à 0 avec deux décimales au plus");
        assertThat(count("invoicing_run")).isEqualTo(runs);
        assertThat(count("tariff")).isEqualTo(tariffs);
        assertThat(count("payment")).isEqualTo(payments);

        // a valid cheque, then its cancellation refused without a reason, then confirmed
        String today = java.time.LocalDate.now(context.getBean(java.time.Clock.class)).toString();
        Browser.Response recorded = staff.submit(paymentPage, paymentPage, Map.of("famille", parent.familyNumber(),
                "regie", setup.regie().toString(), "mode", "CHEQUE", "montant", "20,10", "date", today,
                "reference", "1234567", "factures", ""));
        assertThat(recorded.status()).isEqualTo(302);
        String account = "/gestion/facturation/familles/" + parent.familyId().value();
        assertThat(recorded.location()).contains(account);
        String paymentNumber = setup.prefix() + "-1";
        assertThat(staff.get(account + "?vue=reglements").body()).contains(paymentNumber, "Chèque",
                "Le règlement " + paymentNumber + " est enregistré.");
        Browser Parent = parent(parent);
        assertThat(Parent.get("/famille/releve").body()).contains("Règlement : Chèque", "20,10\u00a0€");

        String cancelPage = account + "/reglements/" + paymentNumber + "/annuler";
        assertThat(staff.get(cancelPage).body()).contains("Confirmer l&#39;annulation du règlement " + paymentNumber);
        refused(staff.submit(cancelPage, cancelPage, Map.of("motif", " ", "date", "demain")),
                "Saisissez le motif de l&#39;annulation.", "Saisissez une date valide");
        assertThat(count("payment_cancellation")).isEqualTo(cancellations);
        Browser.Response cancelled = staff.submit(cancelPage, cancelPage, Map.of("motif", "Chèque sans provision",
                "date", today));
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(count("payment_cancellation")).isEqualTo(cancellations + 1);
        assertThat(Parent.get("/famille/releve").body()).contains("Annulation du règlement " + paymentNumber);

        assertThat(staff.get("/gestion/facturation/familles/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(staff.get("/gestion/facturation/campagnes/pas-un-id").status()).isEqualTo(404);
        assertThat(staff.get("/gestion/facturation/familles?numero=inconnu").body()).contains("Aucune famille");
        assertThat(staff.get("/gestion/facturation/familles?numero=" + parent.familyNumber()).location())
                .contains(account);
    }

    @Test
    void staff_create_preview_and_issue_a_run_whose_progress_reaches_done() throws InterruptedException {
        BillingFixture billing = new BillingFixture(context);
        BillingFixture.Setup setup = billing.newRegieWithActivity();
        YearMonth month = BillingFixture.lastMonth();
        for (int i = 0; i < 3; i++) {
            billing.book(setup, new TestAccounts(context).newFamilyWithoutLogin(), "ENFANT" + i, month, 2);
        }
        Browser staff = staff();
        Browser.Response created = staff.submit("/gestion/facturation", "/gestion/facturation/campagnes",
                Map.of("regie", setup.regie().toString(), "mois", month.toString()));
        assertThat(created.status()).isEqualTo(302);
        String runPage = created.location().replaceFirst("^https?://[^/]+", "");
        Browser.Response preview = staff.get(runPage);
        assertThat(preview.body()).contains("Brouillon", "60,30\u00a0€", "Émettre les factures de 3 famille(s)");
        refused(staff.submit(runPage, runPage + "/emettre", Map.of("echeance", "2001-01-01")),
                "Saisissez une échéance postérieure");
        Browser.Response issued = staff.submit(runPage, runPage + "/emettre", Map.of("echeance", ""));
        assertThat(issued.status()).isEqualTo(302);
        String progress = org.awaitility.Awaitility.await("the run's progress says ISSUED")
                .atMost(java.time.Duration.ofSeconds(20)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> staff.get(runPage + "/avancement").body(), body -> body.contains("\"ISSUED\""));
        assertThat(progress).contains("\"status\":\"ISSUED\"", "\"percent\":100");
        assertThat(staff.get(runPage).body()).contains("Émise", "<progress");
        assertThat(staff.get("/gestion/facturation").body()).contains(setup.regieName());
        assertThat(List.of(staff.get("/gestion/facturation/impayes?regie=" + setup.regie()).status()))
                .containsOnly(200);
    }
}
