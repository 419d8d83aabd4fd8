package org.portailfamille.security;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.planning.GridFixture;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.DeclareAbsenceCommand;
import org.portailfamille.planning.application.port.in.DeclareAbsenceUseCase;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.security.Routes.Route;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Family isolation (QUALITY.md): every route that designates an object by an id — a path variable, or a
 * parameter or form field with an id-like name — must appear in {@link #CHECKS}, either with a check that calls
 * it as family B with family A's ids and proves nothing of A leaks or changes, or, when the object does not
 * belong to a family, with the reason. A new id-bearing route without its line fails this test.
 *
 * <p>How to add a route's check: put {@code "GET /famille/enfants/{childId}"} in {@link #CHECKS} with
 * {@code IsolationCheck.check(fixture -> ...)}: create the object for {@code fixture.familyA()} through the
 * use cases, call the route from {@code fixture.browserB()} with its id, and assert a 403/404 (or a refusal on
 * the form) whose body shows nothing of family A, and that nothing of family A changed.</p>
 *
 * <p>Staff routes ({@code /gestion/**}) serve every family by design and are not listed: that no parent
 * reaches any of them is proven route by route in {@link AccessControlTest}.</p>
 */
@PortalIntegrationTest
class FamilyIsolationTest {

    /** Two families, each with a logged-in parent on its own browser. */
    record Fixture(ApplicationContext context, TestAccounts.Parent familyA, Browser browserA,
                   TestAccounts.Parent familyB, Browser browserB) {
    }

    /** Either a check of the route, or the reason why its ids are not a family's. */
    record IsolationCheck(Consumer<Fixture> check, String notFamilyOwnedBecause) {

        static IsolationCheck check(Consumer<Fixture> check) {
            return new IsolationCheck(check, null);
        }

        static IsolationCheck notFamilyOwned(String because) {
            return new IsolationCheck(null, because);
        }
    }

    /** One line per id-bearing route, keyed "METHOD pattern" as the handler mappings give it. */
    static final Map<String, IsolationCheck> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("GET /mot-de-passe/reinitialiser", IsolationCheck.notFamilyOwned(
                "the reset link's secret (jeton) is a 256-bit bearer credential sent to the guardian's mailbox, "
                        + "not a family object; its single use and expiry are tested in PasswordResetTest"));
        CHECKS.put("POST /mot-de-passe/reinitialiser", IsolationCheck.notFamilyOwned(
                "same bearer secret as the GET, posted back by the form"));
        // {slug} names one of the five Mon compte forms; the family is the logged-in parent's, never the URL's
        CHECKS.put("GET /famille/mon-compte/{slug}", IsolationCheck.check(
                fixture -> showsNothingOfA(fixture, "/famille/mon-compte/{slug}")));
        CHECKS.put("GET /famille/mon-compte/{slug}/demande-envoyee", IsolationCheck.check(
                fixture -> showsNothingOfA(fixture, "/famille/mon-compte/{slug}/demande-envoyee")));
        CHECKS.put("POST /famille/mon-compte/{slug}", IsolationCheck.check(FamilyIsolationTest::changesNothingOfA));
        CHECKS.put("GET /famille/enfants/{childId}", IsolationCheck.check(FamilyIsolationTest::showsNoChildOfA));
        // the forms of a child's file (Mes enfants): {childId} must be one of the logged-in family's children
        CHECKS.put("GET /famille/enfants/{childId}/{slug}", IsolationCheck.check(
                fixture -> showsNoChildFormOfA(fixture, "/famille/enfants/{childId}/{slug}")));
        CHECKS.put("GET /famille/enfants/{childId}/{slug}/demande-envoyee", IsolationCheck.check(
                fixture -> showsNoChildFormOfA(fixture, "/famille/enfants/{childId}/{slug}/demande-envoyee")));
        CHECKS.put("POST /famille/enfants/{childId}/{slug}", IsolationCheck.check(
                FamilyIsolationTest::changesNoChildOfA));
        // Planning grid (branch planning-grid)
        CHECKS.put("GET /famille/enfants/{childId}/planning", IsolationCheck.check(FamilyIsolationTest::showsNoPlanningOfA));
        CHECKS.put("GET /famille/enfants/{childId}/planning/{activityId}/{date}",
                IsolationCheck.check(FamilyIsolationTest::showsNoPlanningDayOfA));
        CHECKS.put("POST /famille/enfants/{childId}/planning/{activityId}/{date}/{action}",
                IsolationCheck.check(FamilyIsolationTest::booksNothingForA));
        CHECKS.put("POST /famille/enfants/{childId}/planning/plusieurs-jours",
                IsolationCheck.check(FamilyIsolationTest::booksNoSeveralDaysForA));
        // planning-demands: the absence form, its post (uploads included) and the certificate download
        CHECKS.put("GET /famille/enfants/{childId}/absences/nouvelle",
                IsolationCheck.check(FamilyIsolationTest::showsNoAbsenceFormOfA));
        CHECKS.put("POST /famille/enfants/{childId}/absences/nouvelle",
                IsolationCheck.check(FamilyIsolationTest::declaresNoAbsenceForA));
        CHECKS.put("GET /famille/enfants/{childId}/absences/{absenceId}/certificat",
                IsolationCheck.check(FamilyIsolationTest::servesNoCertificateOfA));
        // messaging-pages: the Boîte de réception's conversation, its reply, delete/restore and attachment download
        CHECKS.put("GET /famille/messages/{conversationId}", IsolationCheck.check(FamilyIsolationTest::showsNoConversationOfA));
        CHECKS.put("POST /famille/messages/{conversationId}", IsolationCheck.check(FamilyIsolationTest::repliesNothingInA));
        CHECKS.put("POST /famille/messages/{conversationId}/supprimer",
                IsolationCheck.check(fixture -> movesNoConversationOfA(fixture, "supprimer")));
        CHECKS.put("POST /famille/messages/{conversationId}/restaurer",
                IsolationCheck.check(fixture -> movesNoConversationOfA(fixture, "restaurer")));
        CHECKS.put("GET /famille/messages/{conversationId}/pieces-jointes/{attachmentId}",
                IsolationCheck.check(FamilyIsolationTest::servesNoAttachmentOfA));
        // billing: an invoice PDF is served to its own family only
        CHECKS.put("GET /famille/factures/{number}/pdf", IsolationCheck.check(FamilyIsolationTest::printsNoInvoiceOfA));
        // billing: an attestation fiscale is served to its own family only (year and child in the path)
        CHECKS.put("GET /famille/attestations-fiscales/{annee}/{childId}/pdf",
                IsolationCheck.check(FamilyIsolationTest::printsNoTaxCertificateOfA));
        CHECKS.put("GET /famille/documents/{documentId}", IsolationCheck.check(FamilyIsolationTest::servesNoDocumentOfA));
        // pay-online (ADR 0027): the choice of invoices, the return page, the journey's summary and its next step
        CHECKS.put("GET /famille/paiement-en-ligne", IsolationCheck.check(FamilyIsolationTest::offersNoInvoiceOfA));
        CHECKS.put("POST /famille/paiement-en-ligne", IsolationCheck.check(FamilyIsolationTest::paysNoInvoiceOfA));
        CHECKS.put("GET /famille/paiement-en-ligne/operations/{operationId}",
                IsolationCheck.check(FamilyIsolationTest::showsNoOnlinePaymentOfA));
        CHECKS.put("GET /famille/paiement-en-ligne/parcours/{journeyId}",
                IsolationCheck.check(FamilyIsolationTest::showsNoOnlinePaymentOfA));
        CHECKS.put("POST /famille/paiement-en-ligne/parcours/{journeyId}/suivant",
                IsolationCheck.check(FamilyIsolationTest::showsNoOnlinePaymentOfA));
        CHECKS.put("GET /demo/payfip/api/operations/{idop}", IsolationCheck.notFamilyOwned(
                "the simulated provider's API (demo only) answers signed server-to-server requests only: 403 without "
                        + "the shared secret's signature, whoever asks (PayfipSimulator, OnlinePaymentIntegrationTest)"));
    }

    static void logInAgain(Fixture fixture) {
        fixture.browserA().clearCookies();
        fixture.browserB().clearCookies();
        assertThat(fixture.browserA().logIn(fixture.familyA().username(), fixture.familyA().password())
                .isRedirectTo("/famille/accueil")).isTrue();
        assertThat(fixture.browserB().logIn(fixture.familyB().username(), fixture.familyB().password())
                .isRedirectTo("/famille/accueil")).isTrue();
    }

    static void printsNoTaxCertificateOfA(Fixture fixture) {
        var certificates = new org.portailfamille.billing.TitlesAndCertificatesFixture(fixture.context());
        var regie = certificates.newRegie();
        java.time.YearMonth month = org.portailfamille.billing.BillingFixture.lastMonth();
        java.time.LocalDate today = java.time.LocalDate.now(org.portailfamille.TestClock.PORTAL);
        String nameOfA = "ATTESTA" + System.nanoTime();
        ChildId childOfA = certificates.child(fixture.familyA().familyId(), nameOfA, today.minusYears(2));
        ChildId childOfB = certificates.child(fixture.familyB().familyId(), "ATTESTB" + System.nanoTime(),
                today.minusYears(2));
        certificates.book(fixture.familyA().familyId(), childOfA, regie.setup().activity(), month, 1);
        certificates.book(fixture.familyB().familyId(), childOfB, regie.setup().activity(), month, 1);
        certificates.issue(regie, month);
        certificates.pay(fixture.familyA().familyId(), regie, today, "10.05",
                certificates.invoicesOf(fixture.familyA().familyId(), regie).get(0));
        certificates.pay(fixture.familyB().familyId(), regie, today, "10.05",
                certificates.invoicesOf(fixture.familyB().familyId(), regie).get(0));
        int year = today.getYear();
        org.portailfamille.billing.TitlesAndCertificatesFixture.moveClockTo(java.time.LocalDate.of(year + 1, 1, 15));
        // months later, the sessions opened today are past their absolute lifetime (12 h): log in again
        logInAgain(fixture);
        try {
            fixture.context().getBean(org.portailfamille.billing.application.port.in.ProduceTaxCertificatesUseCase.class)
                    .produce(new org.portailfamille.billing.application.port.in.ProduceTaxCertificatesCommand(year,
                            "agent"));
            String ofA = "/famille/attestations-fiscales/" + year + "/" + childOfA.value() + "/pdf";
            Browser.BinaryResponse leak = fixture.browserB().getBytes(ofA);
            assertThat(leak.status()).as("A's certificate printed by B").isEqualTo(404);
            assertThat(new String(leak.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain(nameOfA, lastNameOf(fixture.familyA()), "%PDF");
            assertThat(fixture.browserB().get("/famille/attestations-fiscales?annee=" + year).body())
                    .as("B's list").doesNotContain(nameOfA);
            assertThat(fixture.browserB().getBytes("/famille/attestations-fiscales/" + year + "/pas-un-id/pdf")
                    .status()).isEqualTo(404);
            assertThat(fixture.browserB().getBytes("/famille/attestations-fiscales/" + year + "/" + childOfB.value()
                    + "/pdf").status()).as("positive control: B's own certificate").isEqualTo(200);
            assertThat(fixture.browserA().getBytes(ofA).status()).as("positive control: A's own certificate")
                    .isEqualTo(200);
        } finally {
            org.portailfamille.billing.TitlesAndCertificatesFixture.moveClockTo(today);
            logInAgain(fixture);
        }
    }

    /** An invoice of the family at a régie of its own, by the use cases; its number. */
    static String onlineInvoiceOf(Fixture fixture, TestAccounts.Parent parent, String amount) {
        org.portailfamille.billing.BillingFixture billing = new org.portailfamille.billing.BillingFixture(fixture.context());
        UUID regie = billing.newRegieWithActivity().regie();
        LocalDate today = LocalDate.now(TestClock.PORTAL);
        return fixture.context().getBean(org.portailfamille.billing.application.port.in.IssueInvoiceUseCase.class)
                .issueInvoice(new org.portailfamille.billing.application.port.in.IssueInvoiceCommand(regie,
                        parent.familyId(), today.minusDays(2), today.plusDays(20), today.minusMonths(1).withDayOfMonth(1),
                        today.minusMonths(1).withDayOfMonth(28), org.portailfamille.shared.Money.euros(amount)));
    }

    static java.util.List<org.portailfamille.billing.application.port.in.PayableInvoice> payableOf(Fixture fixture,
                                                                                                  TestAccounts.Parent parent) {
        return fixture.context().getBean(org.portailfamille.billing.application.port.in.ListPayableInvoicesUseCase.class)
                .payableInvoices(parent.familyId());
    }

    static void offersNoInvoiceOfA(Fixture fixture) {
        String ofA = onlineInvoiceOf(fixture, fixture.familyA(), "31.41");
        String ofB = onlineInvoiceOf(fixture, fixture.familyB(), "27.18");
        Browser.Response page = fixture.browserB().get("/famille/paiement-en-ligne?numeroFacture=" + ofA);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(ofA, "31,41", lastNameOf(fixture.familyA())).contains(ofB);
        assertThat(fixture.browserA().get("/famille/paiement-en-ligne").body()).as("positive control").contains(ofA);
    }

    static void paysNoInvoiceOfA(Fixture fixture) {
        String ofA = onlineInvoiceOf(fixture, fixture.familyA(), "31.42");
        Browser.Response answer = fixture.browserB().submit("/famille/paiement-en-ligne", "/famille/paiement-en-ligne",
                Map.of("numeroFacture", ofA));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Choisissez parmi vos factures").doesNotContain("31,42",
                lastNameOf(fixture.familyA()));
        assertThat(payableOf(fixture, fixture.familyA())).filteredOn(i -> i.number().equals(ofA)).singleElement()
                .satisfies(invoice -> assertThat(invoice.payable()).as("A's invoice not 'en cours'").isTrue());
    }

    static void showsNoOnlinePaymentOfA(Fixture fixture) {
        String first = onlineInvoiceOf(fixture, fixture.familyA(), "31.43");
        String second = onlineInvoiceOf(fixture, fixture.familyA(), "31.44");
        var started = fixture.context().getBean(org.portailfamille.billing.application.port.in.StartOnlinePaymentUseCase.class)
                .start(new org.portailfamille.billing.application.port.in.StartOnlinePaymentCommand(
                        fixture.familyA().familyId(), List.of(first, second)));
        assertThat(started.started()).isTrue();
        var views = fixture.context().getBean(org.portailfamille.billing.application.port.in.ViewOnlinePaymentsUseCase.class);
        UUID operation = views.journey(fixture.familyA().familyId(), started.journeyId()).orElseThrow()
                .operations().get(0).id();
        for (String path : List.of("/famille/paiement-en-ligne/operations/" + operation,
                "/famille/paiement-en-ligne/parcours/" + started.journeyId())) {
            Browser.Response page = fixture.browserB().get(path);
            assertThat(page.status()).as(path + " as B").isEqualTo(404);
            assertThat(page.body()).doesNotContain(first, second, "31,43");
            assertThat(fixture.browserA().get(path).status()).as("positive control " + path).isEqualTo(200);
        }
        Browser.Response next = fixture.browserB().submit("/famille/paiement-en-ligne",
                "/famille/paiement-en-ligne/parcours/" + started.journeyId() + "/suivant", Map.of("etape", "0"));
        assertThat(next.status()).isEqualTo(404);
        assertThat(views.journey(fixture.familyA().familyId(), started.journeyId()).orElseThrow().operations())
                .as("nothing of A's journey sent by B").allSatisfy(op -> assertThat(op.state()).isEqualTo("CREATED"));
        assertThat(fixture.browserB().get("/famille/paiement-en-ligne/operations/pas-un-id").status()).isEqualTo(404);
    }

    static void printsNoInvoiceOfA(Fixture fixture) {
        org.portailfamille.billing.BillingFixture billing = new org.portailfamille.billing.BillingFixture(fixture.context());
        org.portailfamille.billing.BillingFixture.Setup setup = billing.newRegieWithActivity();
        java.time.YearMonth month = org.portailfamille.billing.BillingFixture.lastMonth();
        billing.book(setup, fixture.familyA().familyId(), "FACTUREA", month, 2);
        billing.book(setup, fixture.familyB().familyId(), "FACTUREB", month, 1);
        billing.issue(setup, month);
        var statements = fixture.context().getBean(org.portailfamille.billing.application.port.in.ViewStatementUseCase.class);
        String ofA = statements.statement(new org.portailfamille.billing.application.port.in.StatementQuery(
                fixture.familyA().familyId(), null)).invoices().stream()
                .filter(invoice -> invoice.number().startsWith(setup.prefix())).findFirst().orElseThrow().number();
        String ofB = statements.statement(new org.portailfamille.billing.application.port.in.StatementQuery(
                fixture.familyB().familyId(), null)).invoices().stream()
                .filter(invoice -> invoice.number().startsWith(setup.prefix())).findFirst().orElseThrow().number();
        Browser.BinaryResponse leak = fixture.browserB().getBytes("/famille/factures/" + ofA + "/pdf");
        assertThat(leak.status()).as("A's invoice printed by B").isEqualTo(404);
        assertThat(new String(leak.body(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("FACTUREA", lastNameOf(fixture.familyA()), "%PDF");
        assertThat(fixture.browserB().getBytes("/famille/factures/" + ofB + "/pdf").status())
                .as("positive control: B's own invoice").isEqualTo(200);
        assertThat(fixture.browserA().getBytes("/famille/factures/" + ofA + "/pdf").status())
                .as("positive control: A's own invoice").isEqualTo(200);
    }

    // Published documents (branch families12): a document for the facility only A's child attends is 404 for B.
    static void servesNoDocumentOfA(Fixture fixture) {
        GridFixture.EnrolledChild ofA = enrolledChildOf(fixture, fixture.familyA(), "DOCA" + System.nanoTime());
        java.util.UUID facility = fixture.context().getBean(
                org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase.class).facilities().stream()
                .filter(f -> f.name().equals(ofA.facility())).map(f -> f.id()).findFirst().orElseThrow();
        String title = "Menus de A " + System.nanoTime();
        byte[] pdf = "%PDF-1.4\n% menus de A\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.UUID document = fixture.context().getBean(
                org.portailfamille.messaging.application.port.in.PublishDocumentUseCase.class).publishDocument(
                new org.portailfamille.messaging.application.port.in.PublishDocumentCommand(title, "MENU", facility,
                        new org.portailfamille.messaging.application.port.in.AttachmentUpload("menus-a.pdf", pdf),
                        "Agent")).documentId();
        Browser.BinaryResponse leak = fixture.browserB().getBytes("/famille/documents/" + document);
        assertThat(leak.status()).as("A's facility document fetched by B").isEqualTo(404);
        assertThat(new String(leak.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(title, "menus-a");
        assertThat(fixture.browserB().get("/famille/documents").body()).doesNotContain(title);
        assertThat(fixture.browserB().getBytes("/famille/documents/pas-un-id").status()).isEqualTo(404);
        assertThat(fixture.browserA().getBytes("/famille/documents/" + document).status())
                .as("positive control: A downloads it").isEqualTo(200);
    }

    static final List<String> CHILD_FORMS = List.of("autorisations", "personnes-autorisees", "donnees-sanitaires",
            "informations");

    static void showsNoChildFormOfA(Fixture fixture, String pattern) {
        String firstNameOfA = "ISOLAFORM" + System.nanoTime();
        ChildId childOfA = childOf(fixture, fixture.familyA(), firstNameOfA, "Allergie-formulaire-A");
        ChildId childOfB = childOf(fixture, fixture.familyB(), "ISOLBFORM" + System.nanoTime(), "Allergie-formulaire-B");
        for (String slug : CHILD_FORMS) {
            String path = pattern.replace("{childId}", childOfA.toString()).replace("{slug}", slug);
            Browser.Response page = fixture.browserB().get(path);
            assertThat(page.status()).as(path + " as family B").isEqualTo(404);
            assertThat(page.body()).as(path + " as family B").doesNotContain(firstNameOfA,
                    lastNameOf(fixture.familyA()), "Allergie-formulaire-A", "GARDE " + firstNameOfA);
            Browser.Response own = fixture.browserB().get(pattern.replace("{childId}", childOfB.toString())
                    .replace("{slug}", slug));
            assertThat(own.status()).as("positive control: B's own child, " + slug).isEqualTo(200);
        }
        assertThat(fixture.browserB().get(pattern.replace("{childId}", "pas-un-id").replace("{slug}", "autorisations"))
                .status()).isEqualTo(404);
    }

    static void changesNoChildOfA(Fixture fixture) {
        String firstNameOfA = "ISOLAPOST" + System.nanoTime();
        ChildId childOfA = childOf(fixture, fixture.familyA(), firstNameOfA, "Allergie-post-A");
        org.portailfamille.accounts.application.port.in.GetChildFileUseCase files = fixture.context()
                .getBean(org.portailfamille.accounts.application.port.in.GetChildFileUseCase.class);
        org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase requests = fixture.context()
                .getBean(org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase.class);
        var fileBefore = files.childFile(fixture.familyA().familyId(), childOfA).orElseThrow();
        var requestsOfABefore = requests.familyRequests(new org.portailfamille.requests.application.port.in
                .FamilyRequestsQuery(fixture.familyA().familyId(), "CHILDREN", null, 0)).pending().size();
        var requestsOfBBefore = requests.familyRequests(new org.portailfamille.requests.application.port.in
                .FamilyRequestsQuery(fixture.familyB().familyId(), "CHILDREN", null, 0)).pending().size();
        String pagePath = "/famille/enfants";
        for (String slug : CHILD_FORMS) {
            String path = "/famille/enfants/" + childOfA + "/" + slug;
            Browser.Response answer = fixture.browserB().submit(pagePath, path, Map.ofEntries(
                    Map.entry("values[imageAuthorisation]", "false"), Map.entry("values[outingAuthorisation]", "true"),
                    Map.entry("values[allergies]", "Injecté par B"), Map.entry("values[doctorName]", "Dr B"),
                    Map.entry("values[person0Name]", "INTRUS B"), Map.entry("values[person0Relationship]", "Aucun"),
                    Map.entry("values[person0Phone]", "06 00 00 00 09"), Map.entry("values[person0MayPickUp]", "true"),
                    Map.entry("values[lastName]", "INTRUS"), Map.entry("values[firstName]", "B"),
                    Map.entry("values[birthDate]", "2019-01-01"), Map.entry("values[sex]", "MALE")));
            assertThat(answer.status()).as(path + " posted by family B").isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain(firstNameOfA, "Allergie-post-A");
        }
        assertThat(files.childFile(fixture.familyA().familyId(), childOfA).orElseThrow()).as("A's child")
                .isEqualTo(fileBefore);
        assertThat(requests.familyRequests(new org.portailfamille.requests.application.port.in.FamilyRequestsQuery(
                fixture.familyA().familyId(), "CHILDREN", null, 0)).pending()).as("A's requests")
                .hasSize(requestsOfABefore);
        assertThat(requests.familyRequests(new org.portailfamille.requests.application.port.in.FamilyRequestsQuery(
                fixture.familyB().familyId(), "CHILDREN", null, 0)).pending()).as("nothing submitted as B either")
                .hasSize(requestsOfBBefore);
    }

    /** A child of family A booked on a day of an activity, absent that day with a medical certificate. */
    record AbsenceOfA(ChildId child, String firstName, UUID activity, LocalDate day, UUID absence) {

        String formPath(ChildId childId) {
            return "/famille/enfants/" + childId + "/absences/nouvelle?activite=" + activity + "&jour=" + day;
        }
    }

    static final byte[] CERTIFICATE_OF_A = "%PDF-1.4\n% certificat de A\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static AbsenceOfA absenceOf(Fixture fixture, TestAccounts.Parent parent, boolean declared) {
        String firstName = "ABSENFANT" + System.nanoTime();
        ChildId child = childOf(fixture, parent, firstName, "");
        ApplicationContext context = fixture.context();
        UUID facility = context.getBean(SetUpFacilityUseCase.class).setUpFacility(new SetUpFacilityCommand("ALSH Isolation " + UUID.randomUUID()));
        UUID activity = context.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(facility,
                UUID.randomUUID(), "Accueil isolation", java.util.EnumSet.range(java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.FRIDAY), 5, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, java.time.LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
        context.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(parent.familyId(), child, activity,
                LocalDate.now(TestClock.PORTAL), LocalDate.now(TestClock.PORTAL).plusMonths(6), Set.of()));
        LocalDate day = LocalDate.now(TestClock.PORTAL).plusWeeks(3);
        while (day.getDayOfWeek().getValue() > 5 || PublicHolidays.isPublicHoliday(day)) {
            day = day.plusDays(1);
        }
        context.getBean(BookDayUseCase.class).bookDay(new BookDayCommand(parent.familyId(), child, activity, day));
        UUID absence = declared ? context.getBean(DeclareAbsenceUseCase.class).declareAbsence(new DeclareAbsenceCommand(
                parent.familyId(), child, activity, day, "ILLNESS", "", CERTIFICATE_OF_A, parent.username()))
                .absenceId() : null;
        return new AbsenceOfA(child, firstName, activity, day, absence);
    }

    static void showsNoAbsenceFormOfA(Fixture fixture) {
        AbsenceOfA ofA = absenceOf(fixture, fixture.familyA(), false);
        AbsenceOfA ofB = absenceOf(fixture, fixture.familyB(), false);

        Browser.Response page = fixture.browserB().get(ofA.formPath(ofA.child()));
        assertThat(page.status()).as("A's child's absence form seen by B").isEqualTo(404);
        assertThat(page.body()).doesNotContain(ofA.firstName(), lastNameOf(fixture.familyA()));
        Browser.Response mixed = fixture.browserB().get("/famille/enfants/" + ofB.child() + "/absences/nouvelle?activite="
                + ofA.activity() + "&jour=" + ofA.day());
        assertThat(mixed.status()).as("B's child on A's activity is not booked").isEqualTo(200);
        assertThat(mixed.body()).doesNotContain(ofA.firstName()).doesNotContain("Confirmer la déclaration");
        assertThat(fixture.browserB().get("/famille/enfants/pas-un-id/absences/nouvelle?activite=x&jour=y").status())
                .isEqualTo(404);

        assertThat(fixture.browserB().get(ofB.formPath(ofB.child())).body()).as("positive control: B's own form")
                .contains(ofB.firstName(), "Continuer");
        assertThat(fixture.browserA().get(ofA.formPath(ofA.child())).body()).as("positive control: A's own form")
                .contains(ofA.firstName());
    }

    static void declaresNoAbsenceForA(Fixture fixture) {
        AbsenceOfA ofA = absenceOf(fixture, fixture.familyA(), false);
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
                fixture.context().getBean(javax.sql.DataSource.class));
        String token = fixture.browserB().csrfTokenFrom("/famille/demandes");

        Browser.Response plain = fixture.browserB().post(ofA.formPath(ofA.child()), Map.of("_csrf", token,
                "etape", "confirmer", "motif", "PERSONAL", "commentaire", "par B"));
        Browser.Response upload = fixture.browserB().postMultipart(ofA.formPath(ofA.child()), Map.of("_csrf", token,
                "etape", "confirmer", "motif", "ILLNESS", "commentaire", "par B"), "certificat", "certificat.pdf",
                "application/pdf", CERTIFICATE_OF_A);

        for (Browser.Response answer : List.of(plain, upload)) {
            assertThat(answer.status()).as("B declaring an absence of A's child").isEqualTo(404);
            assertThat(answer.body()).doesNotContain(ofA.firstName(), lastNameOf(fixture.familyA()));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM planning.absence WHERE child_id = ?", Integer.class,
                ofA.child().value())).as("no absence stored for A's child").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM planning.certificate WHERE child_id = ?", Integer.class,
                ofA.child().value())).as("no certificate stored for A's child").isZero();

        String tokenA = fixture.browserA().csrfTokenFrom("/famille/demandes");
        Browser.Response own = fixture.browserA().post(ofA.formPath(ofA.child()), Map.of("_csrf", tokenA,
                "etape", "confirmer", "motif", "PERSONAL", "commentaire", ""));
        assertThat(own.status()).as("positive control: A declares its own child's absence").isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM planning.absence WHERE child_id = ?", Integer.class,
                ofA.child().value())).isEqualTo(1);
    }

    static void servesNoCertificateOfA(Fixture fixture) {
        AbsenceOfA ofA = absenceOf(fixture, fixture.familyA(), true);
        AbsenceOfA ofB = absenceOf(fixture, fixture.familyB(), true);
        String ofAPath = "/famille/enfants/" + ofA.child() + "/absences/" + ofA.absence() + "/certificat";

        for (String path : List.of(ofAPath,
                "/famille/enfants/" + ofB.child() + "/absences/" + ofA.absence() + "/certificat",
                "/famille/enfants/" + ofA.child() + "/absences/" + ofB.absence() + "/certificat",
                "/famille/enfants/" + ofB.child() + "/absences/pas-un-id/certificat")) {
            Browser.Response answer = fixture.browserB().get(path);
            assertThat(answer.status()).as(path + " as B").isEqualTo(404);
            assertThat(answer.body()).doesNotContain("certificat de A", "%PDF");
        }
        Browser.Response own = fixture.browserA().get(ofAPath);
        assertThat(own.status()).as("positive control: A downloads its own certificate").isEqualTo(200);
        assertThat(own.body()).contains("certificat de A");
    }

    // messaging-pages: family A writes to the municipality with an attachment; family B calls every route with A's ids

    record ConversationOf(java.util.UUID id, String subject, java.util.UUID attachment) {
    }

    static ConversationOf conversationOf(Fixture fixture, TestAccounts.Parent parent) {
        String subject = "SUJET-" + lastNameOf(parent) + "-" + System.nanoTime();
        var outcome = fixture.context().getBean(org.portailfamille.messaging.application.port.in.WriteToFacilityUseCase.class)
                .writeToFacility(new org.portailfamille.messaging.application.port.in.WriteToFacilityCommand(
                        parent.familyId(), null, parent.displayName(), subject, "Texte de " + subject,
                        List.of(new org.portailfamille.messaging.application.port.in.AttachmentUpload("piece.pdf",
                                CERTIFICATE_OF_A))));
        assertThat(outcome.sent()).as(outcome.problems().toString()).isTrue();
        var view = fixture.context().getBean(org.portailfamille.messaging.application.port.in.ReadConversationUseCase.class)
                .openConversation(parent.familyId(), outcome.conversationId()).orElseThrow();
        return new ConversationOf(outcome.conversationId(), subject,
                view.messages().get(0).attachments().get(0).id());
    }

    static int messagesIn(Fixture fixture, TestAccounts.Parent parent, ConversationOf conversation) {
        return fixture.context().getBean(org.portailfamille.messaging.application.port.in.ReadConversationUseCase.class)
                .openConversation(parent.familyId(), conversation.id()).orElseThrow().messages().size();
    }

    static String folderOf(Fixture fixture, TestAccounts.Parent parent, ConversationOf conversation) {
        return fixture.context().getBean(org.portailfamille.messaging.application.port.in.ReadConversationUseCase.class)
                .openConversation(parent.familyId(), conversation.id()).orElseThrow().folder().name();
    }

    static void showsNoConversationOfA(Fixture fixture) {
        ConversationOf ofA = conversationOf(fixture, fixture.familyA());
        ConversationOf ofB = conversationOf(fixture, fixture.familyB());
        Browser.Response page = fixture.browserB().get("/famille/messages/" + ofA.id());
        assertThat(page.status()).as("A's conversation seen by B").isEqualTo(404);
        assertThat(page.body()).doesNotContain(ofA.subject(), lastNameOf(fixture.familyA()));
        assertThat(fixture.browserB().get("/famille/messages/pas-un-id").status()).isEqualTo(404);
        assertThat(fixture.browserB().get("/famille/messages?dossier=envoyes").body()).as("B's folder")
                .contains(ofB.subject()).doesNotContain(ofA.subject());
        Browser.Response own = fixture.browserB().get("/famille/messages/" + ofB.id());
        assertThat(own.status()).as("positive control: B reads its own conversation").isEqualTo(200);
        assertThat(own.body()).contains(ofB.subject());
    }

    static void repliesNothingInA(Fixture fixture) {
        ConversationOf ofA = conversationOf(fixture, fixture.familyA());
        ConversationOf ofB = conversationOf(fixture, fixture.familyB());
        String token = fixture.browserB().csrfTokenFrom("/famille/messages/" + ofB.id());
        Browser.Response plain = fixture.browserB().post("/famille/messages/" + ofA.id(),
                Map.of("_csrf", token, "texte", "Réponse de B"));
        Browser.Response upload = fixture.browserB().postMultipart("/famille/messages/" + ofA.id(),
                Map.of("_csrf", token, "texte", "Réponse de B"), "pieces", "b.pdf", "application/pdf",
                CERTIFICATE_OF_A);
        for (Browser.Response answer : List.of(plain, upload)) {
            assertThat(answer.status()).as("B replying in A's conversation").isEqualTo(404);
            assertThat(answer.body()).doesNotContain(ofA.subject());
        }
        assertThat(messagesIn(fixture, fixture.familyA(), ofA)).as("nothing added to A's conversation").isEqualTo(1);
        Browser.Response own = fixture.browserB().post("/famille/messages/" + ofB.id(),
                Map.of("_csrf", token, "texte", "Réponse de B chez B"));
        assertThat(own.status()).as("positive control: B replies in its own conversation").isEqualTo(302);
        assertThat(messagesIn(fixture, fixture.familyB(), ofB)).isEqualTo(2);
    }

    static void movesNoConversationOfA(Fixture fixture, String action) {
        ConversationOf ofA = conversationOf(fixture, fixture.familyA());
        ConversationOf ofB = conversationOf(fixture, fixture.familyB());
        var delete = fixture.context().getBean(org.portailfamille.messaging.application.port.in.DeleteConversationUseCase.class);
        if (action.equals("restaurer")) {
            delete.deleteConversation(fixture.familyA().familyId(), ofA.id());
            delete.deleteConversation(fixture.familyB().familyId(), ofB.id());
        }
        String before = folderOf(fixture, fixture.familyA(), ofA);
        String token = fixture.browserB().csrfTokenFrom("/famille/messages");
        Browser.Response answer = fixture.browserB().post("/famille/messages/" + ofA.id() + "/" + action,
                Map.of("_csrf", token));
        assertThat(answer.status()).as(action + " A's conversation as B").isEqualTo(404);
        assertThat(answer.body()).doesNotContain(ofA.subject());
        assertThat(folderOf(fixture, fixture.familyA(), ofA)).as("A's conversation stays where it was").isEqualTo(before);
        assertThat(fixture.browserB().post("/famille/messages/pas-un-id/" + action, Map.of("_csrf", token)).status())
                .isEqualTo(404);
        Browser.Response own = fixture.browserB().post("/famille/messages/" + ofB.id() + "/" + action,
                Map.of("_csrf", token));
        assertThat(own.status()).as("positive control: B " + action + " its own").isEqualTo(302);
        assertThat(folderOf(fixture, fixture.familyB(), ofB)).isEqualTo(action.equals("supprimer") ? "DELETED" : "SENT");
    }

    static void servesNoAttachmentOfA(Fixture fixture) {
        ConversationOf ofA = conversationOf(fixture, fixture.familyA());
        ConversationOf ofB = conversationOf(fixture, fixture.familyB());
        for (String path : List.of("/famille/messages/" + ofA.id() + "/pieces-jointes/" + ofA.attachment(),
                "/famille/messages/" + ofB.id() + "/pieces-jointes/" + ofA.attachment(),
                "/famille/messages/" + ofA.id() + "/pieces-jointes/" + ofB.attachment(),
                "/famille/messages/" + ofB.id() + "/pieces-jointes/pas-un-id")) {
            Browser.Response answer = fixture.browserB().get(path);
            assertThat(answer.status()).as(path + " as B").isEqualTo(404);
            assertThat(answer.body()).doesNotContain("certificat de A", "%PDF");
        }
        Browser.Response own = fixture.browserB().get("/famille/messages/" + ofB.id() + "/pieces-jointes/"
                + ofB.attachment());
        assertThat(own.status()).as("positive control: B downloads its own attachment").isEqualTo(200);
        assertThat(own.header("Content-Disposition")).startsWith("attachment");
        assertThat(own.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    static final List<String> MY_ACCOUNT_FORMS = List.of("responsable", "conjoint", "fiscales", "caf", "bancaires");

    static String lastNameOf(TestAccounts.Parent parent) {
        return parent.displayName().substring(parent.displayName().lastIndexOf(' ') + 1);
    }

    static void showsNothingOfA(Fixture fixture, String pattern) {
        for (String slug : MY_ACCOUNT_FORMS) {
            String path = pattern.replace("{slug}", slug);
            Browser.Response page = fixture.browserB().get(path);
            assertThat(page.status()).as(path).isIn(200, 302, 404);
            assertThat(page.body()).as(path + " as family B")
                    .doesNotContain(lastNameOf(fixture.familyA()), fixture.familyA().familyNumber());
        }
        Browser.Response own = fixture.browserB().get(pattern.replace("{slug}", "responsable"));
        assertThat(own.body()).as("positive control: B sees its own file").contains(lastNameOf(fixture.familyB()));
    }

    static ChildId childOf(Fixture fixture, TestAccounts.Parent parent, String firstName, String allergy) {
        return fixture.context().getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), firstName, lastNameOf(parent), LocalDate.of(2018, 5, 4), "FEMALE",
                "École " + firstName, "CE2", true, true,
                List.of(new AuthorisedPersonDetails("GARDE " + firstName, "Voisine", "06 00 00 00 01", true, true)),
                new HealthDetails("Dr " + firstName, "05 00 00 00 01", allergy, "", true, true, false, "")));
    }

    static void showsNoChildOfA(Fixture fixture) {
        String firstNameOfA = "ISOLAENFANT" + System.nanoTime();
        ChildId childOfA = childOf(fixture, fixture.familyA(), firstNameOfA, "Allergie-de-A");
        String firstNameOfB = "ISOLBENFANT" + System.nanoTime();
        ChildId childOfB = childOf(fixture, fixture.familyB(), firstNameOfB, "Allergie-de-B");

        Browser.Response page = fixture.browserB().get("/famille/enfants/" + childOfA);
        assertThat(page.status()).as("A's child seen by B").isEqualTo(404);
        assertThat(page.body()).as("A's child seen by B").doesNotContain(firstNameOfA, lastNameOf(fixture.familyA()),
                "Allergie-de-A", "GARDE " + firstNameOfA, fixture.familyA().familyNumber());
        assertThat(fixture.browserB().get("/famille/enfants").body()).as("B's list")
                .doesNotContain(firstNameOfA).contains(firstNameOfB);
        assertThat(fixture.browserB().get("/famille/enfants/not-an-id").status()).isEqualTo(404);

        Browser.Response own = fixture.browserB().get("/famille/enfants/" + childOfB);
        assertThat(own.status()).as("positive control: B sees its own child").isEqualTo(200);
        assertThat(own.body()).contains(firstNameOfB, "Allergie-de-B");
        assertThat(fixture.browserA().get("/famille/enfants/" + childOfA).body())
                .as("positive control: A sees its own child").contains(firstNameOfA, "Allergie-de-A");
    }

    static void changesNothingOfA(Fixture fixture) {
        String requestsOfA = fixture.browserA().get("/famille/demandes").mainText();
        String fileOfA = fixture.browserA().get("/famille/mon-compte/caf").mainText();
        for (String slug : MY_ACCOUNT_FORMS) {
            String path = "/famille/mon-compte/" + slug;
            Browser.Response answer = fixture.browserB().submit(path, path, Map.of(
                    "values[cafFund]", "CAF", "values[allocataireNumber]", "7654321", "values[cafQuotient]", "512",
                    "values[lastName]", lastNameOf(fixture.familyA()), "values[familyId]",
                    fixture.familyA().familyId().value().toString()));
            assertThat(answer.status()).as(path).isIn(200, 302);
            assertThat(answer.body()).as(path).doesNotContain(fixture.familyA().familyNumber());
        }
        assertThat(fixture.browserA().get("/famille/demandes").mainText()).as("A's requests").isEqualTo(requestsOfA);
        assertThat(fixture.browserA().get("/famille/mon-compte/caf").mainText()).as("A's file").isEqualTo(fileOfA);
    }

    // Planning grid (branch planning-grid): family B calls each route with A's child, and with its own child but
    // an activity only A's child is enrolled in; 404 every time, nothing of A shown, nothing booked.

    static GridFixture.EnrolledChild enrolledChildOf(Fixture fixture, TestAccounts.Parent parent, String firstName) {
        return new GridFixture(fixture.context()).enrolledChild(parent, firstName, 5);
    }

    static void showsNoPlanningOfA(Fixture fixture) {
        GridFixture.EnrolledChild ofA = enrolledChildOf(fixture, fixture.familyA(), "PLANA" + System.nanoTime());
        GridFixture.EnrolledChild ofB = enrolledChildOf(fixture, fixture.familyB(), "PLANB" + System.nanoTime());
        LocalDate day = GridFixture.openDay(3);
        Browser.Response page = fixture.browserB().get(ofA.planningOf(day));
        assertThat(page.status()).as("A's planning seen by B").isEqualTo(404);
        assertThat(page.body()).doesNotContain(ofA.firstName(), ofA.activity(), lastNameOf(fixture.familyA()));
        assertThat(fixture.browserB().get("/famille/enfants/pas-un-id/planning").status()).isEqualTo(404);
        Browser.Response own = fixture.browserB().get(ofB.planningOf(day));
        assertThat(own.status()).as("positive control: B sees its own child's planning").isEqualTo(200);
        assertThat(own.body()).contains(ofB.firstName(), ofB.activity()).doesNotContain(ofA.activity());
        assertThat(fixture.browserA().get(ofA.planningOf(day)).body()).as("positive control: A")
                .contains(ofA.firstName(), ofA.activity());
    }

    static void showsNoPlanningDayOfA(Fixture fixture) {
        GridFixture.EnrolledChild ofA = enrolledChildOf(fixture, fixture.familyA(), "JOURA" + System.nanoTime());
        GridFixture.EnrolledChild ofB = enrolledChildOf(fixture, fixture.familyB(), "JOURB" + System.nanoTime());
        LocalDate day = GridFixture.openDay(3);
        Browser.Response page = fixture.browserB().get(ofA.dayPage(day));
        assertThat(page.status()).as("A's day seen by B").isEqualTo(404);
        assertThat(page.body()).doesNotContain(ofA.firstName(), ofA.activity());
        String mixed = "/famille/enfants/" + ofB.child().value() + "/planning/" + ofA.activityId() + "/" + day;
        assertThat(fixture.browserB().get(mixed).status()).as("B's child, A's activity").isEqualTo(404);
        assertThat(fixture.browserB().get(ofB.dayPage(day)).status()).as("positive control").isEqualTo(200);
    }

    static void booksNothingForA(Fixture fixture) {
        GridFixture grid = new GridFixture(fixture.context());
        GridFixture.EnrolledChild ofA = enrolledChildOf(fixture, fixture.familyA(), "RESA" + System.nanoTime());
        GridFixture.EnrolledChild ofB = enrolledChildOf(fixture, fixture.familyB(), "RESB" + System.nanoTime());
        LocalDate day = GridFixture.openDay(3);
        for (String action : List.of("reserver", "annuler", "liste-attente", "accepter", "quitter-liste-attente")) {
            Browser.Response answer = fixture.browserB().submit(ofB.planningOf(day), ofA.dayPage(day) + "/" + action,
                    Map.of());
            assertThat(answer.status()).as(action + " on A's child").isEqualTo(404);
            assertThat(answer.body()).doesNotContain(ofA.firstName(), ofA.activity());
            String mixed = "/famille/enfants/" + ofB.child().value() + "/planning/" + ofA.activityId() + "/" + day;
            assertThat(fixture.browserB().submit(ofB.planningOf(day), mixed + "/" + action, Map.of()).status())
                    .as(action + " with B's child on A's activity").isEqualTo(404);
        }
        assertThat(grid.activeReservations(ofA)).as("nothing booked for A").isZero();
        assertThat(grid.activeReservations(ofB)).as("nothing booked for B on A's activity").isZero();
        Browser.Response own = fixture.browserB().submit(ofB.planningOf(day), ofB.dayPage(day) + "/reserver",
                Map.of());
        assertThat(own.status()).as("positive control: B books its own child").isEqualTo(302);
        assertThat(grid.activeReservations(ofB, day)).isEqualTo(1);
    }

    static void booksNoSeveralDaysForA(Fixture fixture) {
        GridFixture grid = new GridFixture(fixture.context());
        GridFixture.EnrolledChild ofA = enrolledChildOf(fixture, fixture.familyA(), "PLUSA" + System.nanoTime());
        GridFixture.EnrolledChild ofB = enrolledChildOf(fixture, fixture.familyB(), "PLUSB" + System.nanoTime());
        LocalDate day = GridFixture.openDay(3);
        String token = fixture.browserB().csrfTokenFrom(ofB.planningOf(day));
        String form = "&periode=semaine&du=" + day + "&jours=MONDAY&jours=TUESDAY&jours=WEDNESDAY&jours=THURSDAY"
                + "&jours=FRIDAY";
        Browser.Response onA = fixture.browserB().postRaw("/famille/enfants/" + ofA.child().value()
                + "/planning/plusieurs-jours", "_csrf=" + token + "&activite=" + ofA.activityId() + form);
        assertThat(onA.status()).as("several days on A's child").isEqualTo(404);
        assertThat(onA.body()).doesNotContain(ofA.firstName(), ofA.activity());
        Browser.Response mixed = fixture.browserB().postRaw("/famille/enfants/" + ofB.child().value()
                + "/planning/plusieurs-jours", "_csrf=" + token + "&activite=" + ofA.activityId() + form);
        assertThat(mixed.status()).as("B's child, A's activity: refused on the form").isEqualTo(200);
        assertThat(mixed.body()).contains("Choisissez une activité à laquelle votre enfant est inscrit.")
                .doesNotContain(ofA.activity());
        assertThat(grid.activeReservations(ofA)).isZero();
        assertThat(grid.activeReservations(ofB)).isZero();
    }

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void the_detector_sees_ids_in_paths_parameters_and_form_fields() {
        Map<String, Route> routes = Routes.all(context).stream()
                .collect(Collectors.toMap(Route::key, route -> route, (a, b) -> a));
        assertThat(routes.get("GET /mot-de-passe/reinitialiser").idCarriers()).containsExactly("parameter jeton");
        assertThat(routes.get("POST /mot-de-passe/reinitialiser").idCarriers())
                .containsExactly("form field ResetPasswordForm.token");
        assertThat(routes.get("GET /famille/accueil").carriesId()).isFalse();
        assertThat(routes.get("POST /mot-de-passe/oublie").carriesId()).as("an identifiant is not an object id")
                .isFalse();
        for (String name : List.of("id", "childId", "familyId", "invoiceNumber", "jeton", "idEnfant", "numeroFacture",
                "child_id", "reservation-id", "token")) {
            assertThat(Routes.ID_LIKE.matcher(name).matches()).as(name).isTrue();
        }
        for (String name : List.of("identifier", "identifiant", "motDePasse", "newPassword", "confirmation", "paid",
                "period", "video")) {
            assertThat(Routes.ID_LIKE.matcher(name).matches()).as(name).isFalse();
        }
    }

    /** Routes of the kind the next issues will add, to prove the detector on them. */
    static final class FutureRoutes {
        public String child(@PathVariable UUID childId) {
            return "";
        }

        public String invoice(@RequestParam("facture") String numeroFacture, @RequestParam String invoiceId) {
            return "";
        }

        public String reservation(ReservationForm form) {
            return "";
        }

        public String plain(@RequestParam String mois, Model model) {
            return "";
        }
    }

    /** A form object as a module's web adapter would have one. */
    public static class ReservationForm {
        private UUID childId;
        private String day;

        public UUID getChildId() {
            return childId;
        }

        public void setChildId(UUID childId) {
            this.childId = childId;
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }
    }

    static Route futureRoute(String method, String pattern, String handlerName) {
        Method handler = Arrays.stream(FutureRoutes.class.getMethods())
                .filter(candidate -> candidate.getName().equals(handlerName)).findFirst().orElseThrow();
        return new Route(method, pattern, new HandlerMethod(new FutureRoutes(), handler));
    }

    @Test
    void the_detector_sees_ids_in_the_routes_to_come() {
        assertThat(futureRoute("GET", "/famille/enfants/{childId}", "child").idCarriers())
                .contains("path /famille/enfants/{childId}", "path variable childId");
        assertThat(futureRoute("GET", "/famille/factures", "invoice").idCarriers())
                .contains("parameter invoiceId");
        assertThat(futureRoute("POST", "/famille/reservations", "reservation").idCarriers())
                .containsExactly("form field ReservationForm.childId");
        assertThat(futureRoute("GET", "/famille/planning", "plain").carriesId()).isFalse();
    }

    @Test
    void every_id_bearing_route_has_its_isolation_check() {
        Set<String> missing = new TreeSet<>();
        Set<String> idBearing = new TreeSet<>();
        for (Route route : Routes.all(context)) {
            // staff pages serve every family by design; that no parent reaches them is AccessControlTest's
            if (route.carriesId() && !route.isUnder("/gestion")) {
                idBearing.add(route.key());
                if (!CHECKS.containsKey(route.key())) {
                    missing.add(route.key() + " — ids in " + route.idCarriers());
                }
            }
        }
        assertThat(missing)
                .as("id-bearing routes without a family-isolation check: add each to FamilyIsolationTest.CHECKS")
                .isEmpty();
        assertThat(CHECKS.keySet()).as("lines of CHECKS whose route no longer carries an id (remove them)")
                .isSubsetOf(idBearing);
        CHECKS.forEach((route, check) -> assertThat(check.check() != null
                || (check.notFamilyOwnedBecause() != null && !check.notFamilyOwnedBecause().isBlank()))
                .as(route + " has a check or a reason").isTrue());
    }

    @Test
    void no_route_leaks_another_familys_objects() {
        List<Map.Entry<String, IsolationCheck>> checks = CHECKS.entrySet().stream()
                .filter(entry -> entry.getValue().check() != null).toList();
        if (checks.isEmpty()) {
            return; // no family-owned id-bearing route yet
        }
        TestAccounts accounts = new TestAccounts(context);
        TestAccounts.Parent a = accounts.newParent("Famille-A-2026");
        TestAccounts.Parent b = accounts.newParent("Famille-B-2026");
        Browser browserA = new Browser(port, TestAddresses.next());
        Browser browserB = new Browser(port, TestAddresses.next());
        assertThat(browserA.logIn(a.username(), a.password()).isRedirectTo("/famille/accueil")).isTrue();
        assertThat(browserB.logIn(b.username(), b.password()).isRedirectTo("/famille/accueil")).isTrue();
        Fixture fixture = new Fixture(context, a, browserA, b, browserB);
        for (Map.Entry<String, IsolationCheck> entry : checks) {
            entry.getValue().check().accept(fixture);
        }
    }
}
