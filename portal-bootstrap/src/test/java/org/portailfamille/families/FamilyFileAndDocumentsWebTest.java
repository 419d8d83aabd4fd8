package org.portailfamille.families;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.FamilyHistoryLine;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.accounts.application.port.in.ListFamilyHistoryUseCase;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.RegistrationForm;
import org.portailfamille.accounts.application.port.in.RegistrationOutcome;
import org.portailfamille.accounts.application.port.in.SearchFamiliesUseCase;
import org.portailfamille.accounts.application.port.in.SubmitRegistrationUseCase;
import org.portailfamille.planning.GridFixture;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Families (issue 12): an accepted "Nouvelle inscription" creates the children it lists with their details;
 * staff correct the family file and a child directly, each change in the family's history with who and why; the
 * "Fiche d'inscription" PDF holds the family's own file only (text extracted with PDFBox); documents staff
 * publish reach the families they are for, and no other (404).
 */
@PortalIntegrationTest
class FamilyFileAndDocumentsWebTest {

    @Autowired ApplicationContext context;
    @Autowired SubmitRegistrationUseCase submitRegistration;
    @Autowired ViewRequestQueueUseCase queue;
    @Autowired DecideRequestUseCase decide;
    @Autowired SearchFamiliesUseCase search;
    @Autowired ListChildrenUseCase children;
    @Autowired ListFamilyHistoryUseCase history;
    @Autowired RegisterChildUseCase registerChild;
    @Autowired ViewPlanningSetUpUseCase planningSetUp;
    @Autowired java.time.Clock clock;
    @LocalServerPort int port;

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private Browser staffBrowser() {
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Guichet2026f");
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(staff.username(), staff.password()).isRedirectTo("/gestion/accueil")).isTrue();
        return browser;
    }

    private Browser parentBrowser(TestAccounts.Parent parent) {
        Browser browser = new Browser(port, TestAddresses.next());
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        return browser;
    }

    @Test
    void an_accepted_registration_creates_each_child_listed_with_its_details() {
        String lastName = "FRATRIE" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Map<String, String> v = new HashMap<>();
        v.putAll(Map.of("civility", "MADAME", "lastName", lastName, "firstName", "Inès", "guardianRole", "MOTHER",
                "maritalStatus", "MARRIED", "addressLine", "4 RUE DES ECOLES", "postcode", "31400", "city",
                "SAINT - JEAN", "email", lastName.toLowerCase() + "@example.org", "emailConsent", "true"));
        v.putAll(Map.of("child1FirstName", "Léo", "child1BirthDate", "2018-02-03", "child1Sex", "MALE",
                "child1School", "École Jules Ferry", "child1Class", "CE2"));
        v.putAll(Map.of("child2FirstName", "Zoé", "child2LastName", "MARTIN", "child2BirthDate", "2020-09-10",
                "child2Sex", "FEMALE", "child2School", "École maternelle", "child2Class", "GS"));
        Map<String, String> bad = new HashMap<>(v);
        bad.put("child2Sex", "");
        bad.put("child2BirthDate", LocalDate.now(clock).plusDays(10).toString());
        RegistrationOutcome refused = submitRegistration.submitRegistration(RegistrationForm.fromFields(bad,
                TestAddresses.next()));
        assertThat(refused.problems()).containsKeys("child2Sex", "child2BirthDate");

        assertThat(submitRegistration.submitRegistration(RegistrationForm.fromFields(v, TestAddresses.next())).status())
                .isEqualTo(RegistrationOutcome.Status.SUBMITTED);
        RequestView request = queue.pendingRequests(new RequestQueueQuery("accounts.registration", null)).stream()
                .filter(r -> lastName.equals(r.payload().get("lastName"))).findFirst().orElseThrow();
        assertThat(decide.decide(new DecideRequestCommand(request.id(), request.version(), true, "Agent Accueil", null))
                .decided()).isTrue();

        FamilyId family = await().atMost(Duration.ofSeconds(20)).until(() -> search.searchFamilies(lastName).stream()
                .findFirst().map(found -> found.familyId()).orElse(null), java.util.Objects::nonNull);
        List<ChildSummary> created = await().atMost(Duration.ofSeconds(20))
                .until(() -> children.children(family), list -> list.size() == 2);
        assertThat(created).extracting(ChildSummary::firstName).containsExactly("LÉO", "ZOÉ");
        assertThat(created.get(0).lastName()).isEqualTo(lastName);
        assertThat(created.get(0).school()).isEqualTo("École Jules Ferry");
        assertThat(created.get(0).schoolClass()).isEqualTo("CE2");
        assertThat(created.get(1).lastName()).isEqualTo("MARTIN");
        assertThat(created.get(1).birthDate()).isEqualTo(LocalDate.of(2020, 9, 10));
        assertThat(history.familyHistory(family)).extracting(FamilyHistoryLine::actor).containsOnly("Agent Accueil");
    }

    @Test
    void staff_correct_the_family_file_and_a_child_with_a_reason_kept_in_the_history() {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Famille2026a");
        ChildId child = registerChild.registerChild(new RegisterChildCommand(parent.familyId(), "NOA", "TEST",
                LocalDate.of(2017, 5, 1), "FEMALE", "École A", "CM1", false, false, List.of(),
                new HealthDetails("", "", "", "", false, true, false, "")));
        Browser agent = staffBrowser();
        String base = "/gestion/familles/" + parent.familyId().value();

        Browser.Response file = agent.get(base);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.mainText()).contains("NOA", "Compte et prélèvement", "Demandes de la famille",
                "Messages de la famille", parent.username());

        // no reason: refused on the form, nothing changed
        Browser.Response noReason = agent.submit(base + "/enfants/" + child.value(), base + "/enfants/" + child.value(),
                childForm("École B", ""));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Saisissez : Motif de la correction.");
        assertThat(children.children(parent.familyId()).get(0).school()).isEqualTo("École A");

        Browser.Response done = agent.submit(base + "/enfants/" + child.value(), base + "/enfants/" + child.value(),
                childForm("École B", "Changement d'école signalé au guichet"));
        assertThat(done.isRedirectTo(base + "/historique")).as(done.status() + " " + done.location()).isTrue();
        assertThat(children.children(parent.familyId()).get(0).school()).isEqualTo("École B");

        Browser.Response caf = agent.submit(base + "/corriger/caf", base + "/corriger/caf", Map.of(
                "values[cafFund]", "CAF", "values[allocataireNumber]", "7654321", "values[cafQuotient]", "612",
                "values[reason]", "Attestation CAF reçue"));
        assertThat(caf.isRedirectTo(base + "/historique")).isTrue();

        String page = agent.get(base + "/historique").mainText();
        assertThat(page).contains("École A", "École B", "Changement d'école signalé au guichet", "7654321",
                "Attestation CAF reçue", "NOA TEST");
        List<FamilyHistoryLine> lines = history.familyHistory(parent.familyId());
        assertThat(lines).extracting(FamilyHistoryLine::actor).allMatch(actor -> actor.startsWith("Agent "));

        // a parent reaches none of these staff routes
        Browser own = parentBrowser(parent);
        for (String path : List.of(base, base + "/historique", base + "/corriger/caf", base + "/enfants/nouveau",
                base + "/enfants/" + child.value(), "/gestion/documents")) {
            assertThat(own.get(path).status()).as(path).isEqualTo(403);
        }
        // another family's child through this family's address: 404
        TestAccounts.Parent other = new TestAccounts(context).newParent("Famille2026b");
        assertThat(agent.get("/gestion/familles/" + other.familyId().value() + "/enfants/" + child.value()).status())
                .isEqualTo(404);
    }

    private static Map<String, String> childForm(String school, String reason) {
        Map<String, String> form = new HashMap<>();
        form.put("values[lastName]", "TEST");
        form.put("values[firstName]", "NOA");
        form.put("values[birthDate]", "2017-05-01");
        form.put("values[sex]", "FEMALE");
        form.put("values[school]", school);
        form.put("values[schoolClass]", "CM1");
        form.put("values[imageAuthorisation]", "false");
        form.put("values[outingAuthorisation]", "true");
        form.put("values[reason]", reason);
        return form;
    }

    @Test
    void the_registration_sheet_is_the_familys_own_file_with_each_childs_authorisations_and_health_data()
            throws IOException {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent a = accounts.newParent("Famille2026c");
        TestAccounts.Parent b = accounts.newParent("Famille2026d");
        registerChild.registerChild(new RegisterChildCommand(a.familyId(), "ALIX", "FICHEA", LocalDate.of(2016, 1, 2),
                "FEMALE", "École du Centre", "CM2", true, false,
                List.of(new AuthorisedPersonDetails("MAMIE FICHEA", "Grand-mère", "06 11 22 33 44", true, true)),
                new HealthDetails("Dr Sanitaire", "05 61 00 00 00", "Arachides", "Sans porc", true, true, false, "")));
        registerChild.registerChild(new RegisterChildCommand(b.familyId(), "BASILE", "FICHEB", LocalDate.of(2015, 3, 4),
                "MALE", "", "", false, false, List.of(),
                new HealthDetails("", "", "Pollen-de-B", "", false, true, true, "")));

        Browser.BinaryResponse sheet = parentBrowser(a).getBytes("/famille/fiche-inscription");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("Content-Type")).startsWith("application/pdf");
        assertThat(sheet.header("Content-Disposition")).startsWith("attachment");
        assertThat(sheet.header("X-Content-Type-Options")).isEqualTo("nosniff");
        try (PDDocument pdf = Loader.loadPDF(sheet.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Fiche d'inscription", a.familyNumber(), "ALIX FICHEA", "École du Centre CM2",
                    "Droit à l'image Oui", "Autorisation de sortie Non", "MAMIE FICHEA", "Arachides", "Sans porc",
                    "Dr Sanitaire");
            assertThat(text).doesNotContain("FICHEB", "Pollen-de-B", b.familyNumber());
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("fr");
            assertThat(pdf.getDocumentInformation().getTitle()).contains(a.familyNumber());
        }
        try (PDDocument pdf = Loader.loadPDF(parentBrowser(b).getBytes("/famille/fiche-inscription").body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BASILE FICHEB", "Pollen-de-B").doesNotContain("FICHEA", "Arachides");
        }
    }

    @Test
    void documents_reach_the_families_they_are_for_and_no_other() {
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent a = accounts.newParent("Famille2026e");
        TestAccounts.Parent b = accounts.newParent("Famille2026g");
        GridFixture.EnrolledChild enrolled = new GridFixture(context).enrolledChild(a, "DOCA" + System.nanoTime(), 5);
        UUID facility = planningSetUp.facilities().stream().filter(f -> f.name().equals(enrolled.facility()))
                .map(FacilityView::id).findFirst().orElseThrow();
        Browser agent = staffBrowser();
        String token = agent.csrfTokenFrom("/gestion/documents");

        Browser.Response notPdf = agent.postMultipart("/gestion/documents", Map.of("_csrf", token, "titre",
                "Page web", "categorie", "MENU", "structure", "toutes"), "fichier", "menu.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(200);
        assertThat(notPdf.body()).contains("Le fichier n&#39;est pas un PDF");

        String general = "Règlement " + System.nanoTime();
        String ofFacility = "Menus " + System.nanoTime();
        assertThat(agent.postMultipart("/gestion/documents", Map.of("_csrf", token, "titre", general, "categorie",
                "RULES", "structure", "toutes"), "fichier", "reglement.pdf", "application/pdf", PDF).status())
                .isEqualTo(302);
        assertThat(agent.postMultipart("/gestion/documents", Map.of("_csrf", token, "titre", ofFacility, "categorie",
                "MENU", "structure", facility.toString()), "fichier", "menus.pdf", "application/pdf", PDF).status())
                .isEqualTo(302);
        String staffPage = agent.get("/gestion/documents").body();
        String facilityDocument = idOf(staffPage, ofFacility);
        String generalDocument = idOf(staffPage, general);

        Browser parentA = parentBrowser(a);
        assertThat(parentA.get("/famille/documents").mainText()).contains(general, ofFacility, enrolled.facility());
        Browser.BinaryResponse download = parentA.getBytes("/famille/documents/" + facilityDocument);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("menus.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(parentA.get("/famille/accueil").mainText()).contains("Infos./Documents", "Fiche d'inscription",
                "Informations compte");

        Browser parentB = parentBrowser(b);
        assertThat(parentB.get("/famille/documents").mainText()).contains(general).doesNotContain(ofFacility);
        Browser.BinaryResponse refused = parentB.getBytes("/famille/documents/" + facilityDocument);
        assertThat(refused.status()).as("a document of a facility B's children do not attend").isEqualTo(404);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain(ofFacility);
        assertThat(parentB.getBytes("/famille/documents/" + generalDocument).status()).isEqualTo(200);
        assertThat(parentB.getBytes("/famille/documents/pas-un-id").status()).isEqualTo(404);

        assertThat(agent.post("/gestion/documents/" + facilityDocument + "/retirer", Map.of("_csrf", token)).status())
                .isEqualTo(302);
        assertThat(parentA.getBytes("/famille/documents/" + facilityDocument).status()).as("withdrawn").isEqualTo(404);
        assertThat(parentA.get("/famille/documents").mainText()).doesNotContain(ofFacility);
    }

    /** The id of a document in the staff list, from its download link. */
    static String idOf(String staffPage, String title) {
        Matcher matcher = Pattern.compile("href=\"/gestion/documents/([0-9a-f-]{36})\">" + Pattern.quote(title))
                .matcher(staffPage);
        assertThat(matcher.find()).as(title).isTrue();
        return matcher.group(1);
    }
}
