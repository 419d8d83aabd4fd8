package org.portailfamille.billing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.billing.application.port.in.ListTaxCertificatesUseCase;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesCommand;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesResult;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesUseCase;
import org.portailfamille.billing.application.port.in.TaxCertificateView;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attestations fiscales end to end (issue 11): an invoice mixing two children's care, meals and a child over 6,
 * paid partly in the tax year and partly after it; staff produce the year; the parent downloads one PDF per child
 * under 6, whose text carries the figures (read back with PDFBox), tagged, in French, fonts embedded.
 */
@PortalIntegrationTest
class TaxCertificateIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProduceTaxCertificatesUseCase produce;
    @Autowired ListTaxCertificatesUseCase lists;
    @LocalServerPort int port;

    @Test
    void the_certificate_states_the_childcare_paid_in_the_year_for_each_child_under_six() throws Exception {
        TitlesAndCertificatesFixture fixture = new TitlesAndCertificatesFixture(context);
        TitlesAndCertificatesFixture.Regie regie = fixture.newRegie();
        YearMonth month = BillingFixture.lastMonth();
        LocalDate today = LocalDate.now(TestClock.PORTAL);
        int taxYear = today.getYear();
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Attestation-2026");
        ChildId lea = fixture.child(parent.familyId(), "Léa", LocalDate.of(taxYear - 3, 4, 12));
        ChildId tom = fixture.child(parent.familyId(), "Tom", LocalDate.of(taxYear - 7, 3, 1));
        fixture.book(parent.familyId(), lea, regie.setup().activity(), month, 3);   // 3 × 10,05 = 30,15 € of care
        fixture.book(parent.familyId(), lea, regie.canteen(), month, 2);            // 2 × 4,00 = 8,00 € of meals
        fixture.book(parent.familyId(), tom, regie.setup().activity(), month, 2);   // 20,10 € of care, Tom is 7
        fixture.issue(regie, month);
        String invoice = fixture.invoicesOf(parent.familyId(), regie).get(0);
        // 58,25 € invoiced; 40,00 € paid in the tax year, the rest early the next year
        fixture.pay(parent.familyId(), regie, today, "40.00", invoice);
        TitlesAndCertificatesFixture.moveClockTo(LocalDate.of(taxYear + 1, 1, 20));
        fixture.pay(parent.familyId(), regie, LocalDate.of(taxYear + 1, 1, 10), "18.25", invoice);

        assertThat(produce.produce(new ProduceTaxCertificatesCommand(taxYear + 1, "agent")).problems())
                .as("a year that is not over").containsExactly("year.invalid");
        ProduceTaxCertificatesResult result = produce.produce(new ProduceTaxCertificatesCommand(taxYear, "agent"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.familiesWithPayments()).isGreaterThanOrEqualTo(1);
        List<TaxCertificateView> ofFamily = lists.certificatesOf(parent.familyId(), taxYear);
        // Léa: 40,00 × 30,15 / 58,25 = 20,7038… → 20,70 €; no certificate for Tom (6 or more on 1 January)
        assertThat(ofFamily).hasSize(1);
        assertThat(ofFamily.get(0).childId()).isEqualTo(lea);
        assertThat(ofFamily.get(0).amount()).isEqualByComparingTo("20.70");
        assertThat(lists.certificatesOf(parent.familyId(), taxYear + 1)).isEmpty();

        // a second run of the year replaces the first: still one certificate for Léa
        produce.produce(new ProduceTaxCertificatesCommand(taxYear, "agent"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM billing.tax_certificate WHERE child_id = ?",
                Integer.class, lea.value())).isEqualTo(1);

        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        assertThat(browser.get("/famille/releve").body()).contains("/famille/attestations-fiscales");
        String page = browser.get("/famille/attestations-fiscales?annee=" + taxYear).mainText();
        assertThat(normalised(page)).contains("Léa ATTESTATION", "20,70 €").doesNotContain("Tom ATTESTATION");

        String pdfPath = "/famille/attestations-fiscales/" + taxYear + "/" + lea.value() + "/pdf";
        Browser.BinaryResponse pdf = browser.getBytes(pdfPath);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"attestation-fiscale-" + taxYear + "-lea.pdf\"");
        assertThat(pdf.header("Cache-Control")).contains("no-store");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = normalised(new PDFTextStripper().getText(document));
            assertThat(text).contains("Attestation de frais de garde – année " + taxYear, "Mairie de Saint-Jean",
                    "Léa ATTESTATION", parent.familyNumber(), "20,70 €",
                    LocalDate.of(taxYear - 3, 4, 12).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    "les repas, les pénalités et les majorations en sont exclus".replaceFirst("^l", "L"));
            assertThat(text).doesNotContain("Tom", "58,25", "30,15");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("fr");
            assertThat(document.getDocumentInformation().getTitle()).contains("Attestation fiscale " + taxYear);
            for (PDPage pdfPage : document.getPages()) {
                for (var name : pdfPage.getResources().getFontNames()) {
                    PDFont font = pdfPage.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
        }

        // family isolation: another parent gets 404 for Léa's, and for Tom (no certificate) too
        TestAccounts.Parent other = new TestAccounts(context).newParent("Autre-Attestation-2026");
        Browser otherBrowser = new Browser(port, TestAddresses.next());
        assertThat(otherBrowser.logIn(other.username(), other.password()).isRedirectTo("/famille/accueil")).isTrue();
        Browser.BinaryResponse leak = otherBrowser.getBytes(pdfPath);
        assertThat(leak.status()).isEqualTo(404);
        assertThat(new String(leak.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF", "ATTESTATION");
        assertThat(otherBrowser.get("/famille/attestations-fiscales?annee=" + taxYear).mainText())
                .doesNotContain("Léa");
        assertThat(browser.getBytes("/famille/attestations-fiscales/" + taxYear + "/" + tom.value() + "/pdf").status())
                .isEqualTo(404);
        assertThat(browser.getBytes("/famille/attestations-fiscales/abc/pas-un-id/pdf").status()).isEqualTo(404);

        // staff: the year's list and any certificate; a bad year answered on the form
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Agent-Attest-2026");
        Browser agent = new Browser(port, TestAddresses.next());
        assertThat(agent.logIn(staff.username(), staff.password()).status()).isEqualTo(302);
        assertThat(normalised(agent.get("/gestion/facturation/attestations-fiscales?annee=" + taxYear).mainText()))
                .contains("Léa ATTESTATION", "20,70 €");
        assertThat(agent.getBytes("/gestion/facturation/attestations-fiscales/" + taxYear + "/" + lea.value() + "/pdf")
                .status()).isEqualTo(200);
        String token = agent.csrfTokenFrom("/gestion/facturation/attestations-fiscales");
        Browser.Response bad = agent.post("/gestion/facturation/attestations-fiscales",
                Map.of("_csrf", token, "annee", String.valueOf(taxYear + 1)));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.mainText()).contains("Saisissez une année terminée");
        Browser.Response done = agent.post("/gestion/facturation/attestations-fiscales",
                Map.of("_csrf", token, "annee", String.valueOf(taxYear)));
        assertThat(done.status()).isEqualTo(302);
        assertThat(agent.get(done.location()).mainText()).contains("Attestations établies : " + taxYear);
    }

    private static String normalised(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
