package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.planning.DemandsFixture.Kid;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.requests.application.port.in.ReadRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.security.Browser;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The absence form over HTTP (uploads checked by content and size, French errors, nothing stored on error), the
 * certificate served with its media type as an attachment, and staff deciding a selection of requests at once.
 */
@PortalIntegrationTest
class DemandsWebTest {

    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired ApplicationContext context;
    @Autowired BookDayUseCase book;
    @Autowired ViewRequestQueueUseCase queue;
    @LocalServerPort int port;
    @Value("${portal.storage.certificates}") Path certificateDirectory;

    Browser browser() {
        return new Browser(port, "10.66." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1));
    }

    Browser loggedIn(TestAccounts.Parent parent) {
        Browser browser = browser();
        assertThat(browser.logIn(parent.username(), parent.password()).isRedirectTo("/famille/accueil")).isTrue();
        return browser;
    }

    record Booked(Kid kid, UUID activity, LocalDate day, String formPath) {
    }

    Booked booked(DemandsFixture fixture, String mode) {
        UUID activity = fixture.newActivity(5, mode);
        Kid kid = fixture.newKid(activity, "INES");
        LocalDate day = PlanningFixture.openDays(1).get(0);
        BookDayResult result = book.bookDay(new BookDayCommand(kid.parent().familyId(), kid.child(), activity, day,
                kid.parent().username()));
        assertThat(result.outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
        return new Booked(kid, activity, day, "/famille/enfants/" + kid.child() + "/absences/nouvelle?activite="
                + activity + "&jour=" + day);
    }

    Browser.Response upload(Browser browser, Booked booked, String fileName, String contentType, byte[] content) {
        return browser.postMultipart(booked.formPath(), Map.of("_csrf", browser.csrfTokenFrom(booked.formPath()),
                "etape", "confirmer", "motif", "ILLNESS", "commentaire", "Varicelle"), "certificat", fileName,
                contentType, content);
    }

    @Test
    void a_medical_absence_goes_through_the_confirmation_step_and_bad_certificates_get_french_errors() throws Exception {
        DemandsFixture fixture = new DemandsFixture(context);
        Booked booked = booked(fixture, "CONFIRMED_AT_ONCE");
        Browser browser = loggedIn(booked.kid().parent());

        Browser.Response form = browser.get(booked.formPath());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.mainText()).contains("Déclarer une absence", booked.kid().name(), "Maladie", "Continuer");

        Browser.Response noReason = browser.submit(booked.formPath(), booked.formPath(), Map.of("etape", "verifier",
                "motif", "", "commentaire", ""));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.mainText()).contains("Choisissez le motif de l'absence");

        Browser.Response confirm = browser.submit(booked.formPath(), booked.formPath(), Map.of("etape", "verifier",
                "motif", "ILLNESS", "commentaire", "Varicelle"));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.mainText()).contains("Vérifiez votre déclaration", "Varicelle", "Confirmer la déclaration");
        assertThat(confirm.body()).contains("type=\"file\"", "enctype=\"multipart/form-data\"");

        byte[] sixMegabytes = new byte[6 * 1024 * 1024];
        System.arraycopy(DemandsFixture.PDF, 0, sixMegabytes, 0, DemandsFixture.PDF.length);
        Browser.Response tooLarge = upload(browser, booked, "certificat.pdf", "application/pdf", sixMegabytes);
        assertThat(tooLarge.status()).isEqualTo(200);
        assertThat(tooLarge.mainText()).contains("Le certificat dépasse 5 Mo");

        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        Browser.Response renamedProgram = upload(browser, booked, "certificat.pdf", "application/pdf", program);
        assertThat(renamedProgram.status()).isEqualTo(200);
        assertThat(renamedProgram.mainText()).contains("Le certificat doit être un fichier PDF, JPEG ou PNG");
        Browser.Response renamedPage = upload(browser, booked, "certificat.png", "image/png",
                "<html><script>alert('x')</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(renamedPage.mainText()).contains("Le certificat doit être un fichier PDF, JPEG ou PNG");
        Browser.Response none = browser.submit(booked.formPath(), booked.formPath(), Map.of("etape", "confirmer",
                "motif", "ILLNESS", "commentaire", ""));
        assertThat(none.mainText()).contains("Joignez le certificat médical");
        assertThat(fixture.absencesOf(booked.kid().child())).isZero();
        assertThat(fixture.certificatesOf(booked.kid().child())).isZero();

        Browser.Response declared = upload(browser, booked, "scan.pdf", "application/octet-stream", DemandsFixture.PDF);
        assertThat(declared.isRedirectTo("/famille/enfants/" + booked.kid().child() + "/planning")).isTrue();
        assertThat(declared.location()).endsWith("?mois=" + booked.day().toString().substring(0, 7));
        assertThat(fixture.absencesOf(booked.kid().child())).isEqualTo(1);
        assertThat(fixture.certificatesOf(booked.kid().child())).isEqualTo(1);

        RequestView listed = queue.pendingRequests(new RequestQueueQuery("planning.absence",
                booked.kid().parent().familyId())).get(0);
        assertThat(listed.payload()).as("a medical absence is masked in the queue: identifiers only")
                .containsKey("absenceId").doesNotContainKey("certificateId");
        RequestView request = context.getBean(ReadRequestUseCase.class).readRequest(listed.id(), "test.reader")
                .orElseThrow();
        String absenceId = request.payload().get("absenceId");
        String certificateId = request.payload().get("certificateId");
        assertThat(Files.readAllBytes(certificateDirectory.resolve(certificateId))).isEqualTo(DemandsFixture.PDF);

        Browser.Response download = browser.get("/famille/enfants/" + booked.kid().child() + "/absences/" + absenceId
                + "/certificat");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("certificat-");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.body().getBytes(StandardCharsets.US_ASCII)).isEqualTo(DemandsFixture.PDF);

        Browser.Response again = browser.get(booked.formPath());
        assertThat(again.mainText()).contains("Une absence est déjà déclarée");
    }

    @Test
    void a_medical_absence_is_masked_in_every_list_and_each_staff_read_of_it_is_audited() {
        DemandsFixture fixture = new DemandsFixture(context);
        Booked booked = booked(fixture, "CONFIRMED_AT_ONCE");
        Browser parent = loggedIn(booked.kid().parent());
        assertThat(upload(parent, booked, "scan.pdf", "application/pdf", DemandsFixture.PDF).status()).isEqualTo(302);
        RequestView listed = pending(booked, "planning.absence");
        ChildId child = booked.kid().child();
        AuditHealthDataUseCase audit = context.getBean(AuditHealthDataUseCase.class);

        String familyList = parent.get("/famille/demandes?vue=enfants").mainText();
        assertThat(familyList).contains("Absences", "(masqué)").doesNotContain("Maladie", "Varicelle");
        assertThat(parent.get("/famille/demandes?vue=enfants&type=planning.absence").mainText())
                .contains("(masqué)").doesNotContain("Maladie", "Varicelle");
        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Guichet2026x");
        Browser agent = browser();
        assertThat(agent.logIn(staff.username(), staff.password()).status()).isEqualTo(302);
        String queuePage = agent.get("/gestion/demandes?type=planning.absence&famille="
                + booked.kid().parent().familyNumber()).mainText();
        assertThat(queuePage).contains(booked.kid().name(), "(masqué)").doesNotContain("Maladie", "Varicelle");
        assertThat(audit.healthDataReads(child)).as("lists are no reads of health data").isEmpty();

        Browser.Response detail = agent.get("/gestion/demandes/" + listed.id());
        assertThat(detail.mainText()).contains("Maladie", "Varicelle", "votre consultation est enregistrée");
        assertThat(audit.healthDataReads(child)).singleElement().satisfies(read -> {
            assertThat(read.reader()).isEqualTo(staff.username());
            assertThat(read.purpose()).isEqualTo("request:" + listed.id());
        });

        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/gestion/absences/([0-9a-f-]{36})/certificat")
                .matcher(detail.body());
        assertThat(link.find()).isTrue();
        Browser.Response certificate = agent.get(link.group());
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(audit.healthDataReads(child)).hasSize(2).anySatisfy(read -> {
            assertThat(read.reader()).isEqualTo(staff.username());
            assertThat(read.purpose()).isEqualTo("certificate:" + link.group(1));
        });
        assertThat(parent.get("/famille/enfants/" + child + "/absences/" + link.group(1) + "/certificat").status())
                .isEqualTo(200);
        assertThat(audit.healthDataReads(child)).as("a family reading its own certificate is no staff read")
                .hasSize(2);
    }

    @Test
    void staff_decide_a_selection_each_on_its_own_and_are_told_which_could_not_be() {
        DemandsFixture fixture = new DemandsFixture(context);
        Booked first = booked(fixture, "VALIDATED_BY_STAFF");
        Booked second = booked(fixture, "VALIDATED_BY_STAFF");
        Booked absent = booked(fixture, "CONFIRMED_AT_ONCE");
        Browser parent = loggedIn(absent.kid().parent());
        assertThat(parent.submit(absent.formPath(), absent.formPath(), Map.of("etape", "confirmer", "motif", "PERSONAL",
                "commentaire", "")).status()).isEqualTo(302);
        RequestView firstRequest = pending(first, "planning.reservation");
        RequestView secondRequest = pending(second, "planning.reservation");
        RequestView absenceRequest = pending(absent, "planning.absence");

        TestAccounts.Staff staff = new TestAccounts(context).newStaff("Guichet2026x");
        Browser agent = browser();
        assertThat(agent.logIn(staff.username(), staff.password()).status()).isEqualTo(302);
        Browser.Response queuePage = agent.get("/gestion/demandes?type=planning.absence");
        assertThat(queuePage.body()).contains(absenceRequest.id() + ":" + absenceRequest.version(),
                "Accepter la sélection", "Refuser la sélection");
        String token = agent.csrfTokenFrom("/gestion/demandes");

        Browser.Response noReason = agent.postRaw("/gestion/demandes/decisions", form(token, "refuser", "",
                firstRequest, secondRequest));
        assertThat(noReason.isRedirectTo("/gestion/demandes")).isTrue();
        assertThat(agent.get("/gestion/demandes").mainText()).contains("Saisissez le motif du refus de la sélection");
        assertThat(queue.request(firstRequest.id()).orElseThrow().isPending()).isTrue();

        String stale = firstRequest.id() + ":" + (firstRequest.version() + 7);
        Browser.Response accepted = agent.postRaw("/gestion/demandes/decisions", form(token, "accepter", "",
                secondRequest, absenceRequest) + "&demandes=" + URLEncoder.encode(stale, StandardCharsets.UTF_8));
        assertThat(accepted.isRedirectTo("/gestion/demandes")).isTrue();
        String report = agent.get("/gestion/demandes").mainText();
        assertThat(report).contains("2 demandes ont été traitées (acceptées)", "Ces demandes n'ont pas été traitées",
                "déjà traitée entre-temps");
        assertThat(queue.request(secondRequest.id()).orElseThrow().isAccepted()).isTrue();
        assertThat(queue.request(absenceRequest.id()).orElseThrow().isAccepted()).isTrue();
        assertThat(queue.request(firstRequest.id()).orElseThrow().isPending()).isTrue();
        await().untilAsserted(() -> assertThat(fixture.absenceStatus(UUID.fromString(
                absenceRequest.payload().get("absenceId")))).isEqualTo("EXCUSED"));

        Browser.Response refused = agent.postRaw("/gestion/demandes/decisions", form(token, "refuser",
                "Plus de place ce jour-là", firstRequest));
        assertThat(refused.isRedirectTo("/gestion/demandes")).isTrue();
        assertThat(agent.get("/gestion/demandes").mainText()).contains("1 demande a été traitée (refusées)");
        await().untilAsserted(() -> assertThat(fixture.reservationStatus(UUID.fromString(
                firstRequest.payload().get("reservationId")))).isEqualTo("REFUSED"));
    }

    @Test
    void a_family_sees_its_position_on_the_waiting_lists_and_the_page_is_linked_from_its_requests() {
        DemandsFixture fixture = new DemandsFixture(context);
        UUID activity = fixture.newActivity(1, "CONFIRMED_AT_ONCE");
        Kid lea = fixture.newKid(activity, "LÉA");
        Kid tom = fixture.newKid(activity, "TOM");
        LocalDate day = PlanningFixture.openDays(1).get(0);
        book.bookDay(new BookDayCommand(lea.parent().familyId(), lea.child(), activity, day));
        context.getBean(org.portailfamille.planning.application.port.in.JoinWaitingListUseCase.class).joinWaitingList(
                new org.portailfamille.planning.application.port.in.JoinWaitingListCommand(tom.parent().familyId(),
                        tom.child(), activity, day));

        Browser tomsBrowser = loggedIn(tom.parent());
        assertThat(tomsBrowser.get("/famille/demandes?vue=enfants").body()).contains("/famille/listes-attente");
        String page = tomsBrowser.get("/famille/listes-attente").mainText();
        assertThat(page).contains("Listes d'attente", tom.name(), "Accueil du soir", "1re sur la liste");
        assertThat(loggedIn(lea.parent()).get("/famille/listes-attente").mainText())
                .contains("Aucun de vos enfants n'est en liste d'attente").doesNotContain(tom.name());
    }

    RequestView pending(Booked booked, String type) {
        return queue.pendingRequests(new RequestQueueQuery(type, booked.kid().parent().familyId())).get(0);
    }

    static String form(String token, String decision, String reason, RequestView... requests) {
        return "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&decision=" + decision + "&motif="
                + URLEncoder.encode(reason, StandardCharsets.UTF_8) + List.of(requests).stream()
                .map(r -> "&demandes=" + URLEncoder.encode(r.id() + ":" + r.version(), StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }
}
