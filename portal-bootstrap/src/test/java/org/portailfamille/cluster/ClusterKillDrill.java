package org.portailfamille.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalApplication;
import org.portailfamille.accounts.application.port.in.AdultDetails;
import org.portailfamille.accounts.application.port.in.CreateLoginCommand;
import org.portailfamille.accounts.application.port.in.CreateLoginUseCase;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.in.RegisterFamilyCommand;
import org.portailfamille.accounts.application.port.in.RegisterFamilyUseCase;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.security.Forms;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill drill of issue 15 (docs/operations.md, ADR 0038), run by {@code ./mvnw -Pcluster -DskipTests verify}
 * (never in the default lanes): {@code ops/cluster.sh} starts PostgreSQL, two portal instances (external database,
 * no demo) and nginx; parents are created through the use cases; then parents drive the portal through nginx (log
 * in, book, cancel, submit a request) while each instance in turn is killed with SIGKILL and started again.
 * <p>
 * Proven: every booking or cancellation answered with success is in the database exactly as answered (a booking once),
 * no day holds more children than its places, no parent is sent back to the login page (sessions in PostgreSQL), the
 * only failures are requests in flight on the killed instance (at most one per parent and kill), and they fail cleanly:
 * posting the same form again (same {@code _csrf}, same {@code _submission}) gives an answer and never a second effect.
 */
class ClusterKillDrill {

    private static final Path ROOT = Path.of(System.getProperty("portal.root", "..")).toAbsolutePath().normalize();
    private static final Path CLUSTER_DIR = ROOT.resolve("target/cluster-drill");
    private static final int HTTP_PORT = 18090;
    private static final int PG_PORT = 55442;
    private static final String BASE = "http://127.0.0.1:" + HTTP_PORT;
    private static final int PARENTS = 8;
    private static final int PLACES = 3;
    private static final int DAYS = 6;
    private static final String PASSWORD = "Famille2026";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** SIGKILL + restart cycles, alternating the instances ({@code -Ddrill.kills}, 1 in CI: docs/operations.md). */
    private static final int KILLS = Integer.getInteger("drill.kills", 1);
    /** Load before each kill and after the last restart ({@code -Ddrill.load-seconds}). */
    private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("drill.load-seconds", 8));

    private static UUID activity;
    private static final List<Parent> parents = new ArrayList<>();
    private static final List<LocalDate> days = new ArrayList<>();

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger loggedOut = new AtomicInteger();
    private final AtomicInteger unknownOutcomes = new AtomicInteger();
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    record Parent(String username, FamilyId family, ChildId child) {
    }

    /** What the portal last answered for a child's day: booked, or not booked (cancelled, or full). */
    enum Known { BOOKED, CANCELLED }

    @BeforeAll
    static void startCluster() throws Exception {
        cluster("stop");
        deleteRecursively(CLUSTER_DIR);
        cluster("start");
        seed();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (!Boolean.getBoolean("cluster.keep")) {
            cluster("stop");
        }
    }

    @Test
    void parents_lose_nothing_when_an_instance_is_killed() throws Exception {
        Map<String, Known> known = new ConcurrentHashMap<>();
        Set<String> submittedRequests = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(PARENTS);
        List<Future<?>> drivers = new ArrayList<>();
        for (Parent parent : parents) {
            drivers.add(pool.submit(() -> {
                drive(parent, known, submittedRequests);
                return null;
            }));
        }
        long start = System.nanoTime();
        int kills = 0;
        for (int k = 0; k < KILLS; k++) {
            int instance = k % 2 + 1; // instance 1, then 2, then 1...
            Thread.sleep(LOAD.toMillis());
            int before = requests.get();
            long killedAt = System.nanoTime();
            cluster("kill-instance", String.valueOf(instance));
            kills++;
            System.out.printf("[drill] instance %d killed (SIGKILL) after %d requests%n", instance, before);
            Thread.sleep(3_000);
            cluster("start-instance", String.valueOf(instance));
            System.out.printf("[drill] instance %d ready again %d s after the kill, after %d requests%n", instance,
                    Duration.ofNanos(System.nanoTime() - killedAt).toSeconds(), requests.get());
        }
        Thread.sleep(LOAD.toMillis());
        running.set(false);
        for (Future<?> driver : drivers) {
            driver.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        int checked = 0;
        try (Connection db = database()) {
            for (Map.Entry<String, Known> entry : known.entrySet()) {
                String[] key = entry.getKey().split("/");
                int confirmed = count(db, "SELECT count(*) FROM planning.reservation WHERE child_id = '" + key[0]
                        + "' AND activity_id = '" + activity + "' AND day = '" + key[1] + "' AND status = 'CONFIRMED'");
                if (entry.getValue() == Known.BOOKED && confirmed != 1) {
                    problems.add("booked " + entry.getKey() + " but " + confirmed + " confirmed rows");
                }
                if (entry.getValue() == Known.CANCELLED && confirmed != 0) {
                    problems.add("cancelled " + entry.getKey() + " but still confirmed");
                }
                checked++;
            }
            for (LocalDate day : days) {
                int confirmed = count(db, "SELECT count(*) FROM planning.reservation WHERE activity_id = '" + activity
                        + "' AND day = '" + day + "' AND status = 'CONFIRMED'");
                int taken = count(db, "SELECT coalesce(max(taken), 0) FROM planning.activity_day WHERE activity_id = '"
                        + activity + "' AND day = '" + day + "'");
                assertThat(confirmed).as("confirmed bookings of %s", day).isLessThanOrEqualTo(PLACES).isEqualTo(taken);
            }
            for (Parent parent : parents) {
                int pending = count(db, "SELECT count(*) FROM requests.request WHERE family_id = '"
                        + parent.family().value() + "' AND type = 'accounts.guardian'");
                if (submittedRequests.contains(parent.username())) {
                    assertThat(pending).as("requests of %s", parent.username()).isEqualTo(1);
                } else {
                    assertThat(pending).as("requests of %s", parent.username()).isLessThanOrEqualTo(1);
                }
            }
        }
        System.out.printf("[drill] checked: every booking/cancellation answered with success is in the database as "
                + "answered, no day above %d places (taken = confirmed), each parent's request there once%n", PLACES);
        System.out.printf("[drill] %d parents, %d s, %d kills (SIGKILL) and restarts: %d requests through nginx, "
                        + "%d failed (%d retried with the same form and submission key), %d bookings/cancellations "
                        + "answered with success checked in the database, %d requests submitted, %d times sent to "
                        + "the login page, %d requests whose outcome the retry could not learn%n", PARENTS, seconds, kills,
                requests.get(), failures.get(), retries.get(), checked, submittedRequests.size(), loggedOut.get(),
                unknownOutcomes.get());
        assertThat(problems).isEmpty();
        assertThat(loggedOut.get()).as("parents sent back to the login page").isZero();
        assertThat(failures.get()).as("failures: at most the requests in flight on the killed instance")
                .isLessThanOrEqualTo(kills * PARENTS);
        assertThat(kills).as("SIGKILL + restart cycles").isPositive();
        assertThat(checked).isGreaterThan(PARENTS);
        // each parent's request was answered, or its post died with the killed instance after its submission key was
        // claimed and the retry was told « Envoi non confirmé » (ADR 0042's addendum; checked at most once above)
        assertThat(submittedRequests.size() + unknownOutcomes.get()).as("requests answered or told unknown")
                .isEqualTo(PARENTS);
    }

    /**
     * The bootstrap of an installation without demo (docs/operations.md): the first administrator named by
     * portal.staff.administrators was created once by the two instances starting together, with a temporary password.
     */
    @Test
    void the_first_administrator_logs_in_and_must_change_the_temporary_password() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        Forms.Form login = Forms.postForms(get(http, "/connexion").body()).get(0)
                .with("identifiant", "admin").with("motDePasse", "Premier2026");
        HttpResponse<String> answer = post(http, "/connexion", login);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/mot-de-passe/changer");
        try (Connection db = database()) {
            assertThat(count(db, "SELECT count(*) FROM accounts.login WHERE username = 'admin'")).isEqualTo(1);
        }
    }

    /** One parent: log in, then book and cancel the days in turn until the drill ends; one request on the way. */
    private void drive(Parent parent, Map<String, Known> known, Set<String> submittedRequests) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        logIn(http, parent);
        int round = 0;
        while (running.get() || round < 2) {
            for (LocalDate day : days) {
                String dayPage = "/famille/enfants/" + parent.child().value() + "/planning/" + activity + "/" + day;
                HttpResponse<String> page = get(http, dayPage);
                if (page == null || page.statusCode() != 200) {
                    continue; // a failed GET: counted, nothing to retry
                }
                Optional<Forms.Form> form = Forms.postForms(page.body()).stream()
                        .filter(f -> f.action().endsWith("/reserver") || f.action().endsWith("/annuler")).findFirst();
                if (form.isEmpty()) {
                    continue; // full (waiting list offered) or nothing to do
                }
                boolean booking = form.get().action().endsWith("/reserver");
                String key = parent.child().value() + "/" + day;
                known.remove(key); // unknown until an answer is read
                HttpResponse<String> answer = postUntilAnswered(http, form.get().action(), form.get());
                HttpResponse<String> result = get(http, answer.headers().firstValue("Location").orElse(dayPage));
                String text = result == null ? "" : result.body();
                if (text.contains("la journée est réservée") || text.contains("cette journée était déjà réservée")) {
                    known.put(key, Known.BOOKED);
                } else if (text.contains("la réservation est annulée") || text.contains("aucune réservation à annuler")
                        || text.contains("a plus de place")) {
                    known.put(key, Known.CANCELLED);
                }
            }
            if (round == 1 && submittedRequests.add(parent.username()) && !submitRequest(http, parent)) {
                submittedRequests.remove(parent.username()); // outcome unknown: at most once, checked below
            }
            round++;
        }
    }

    /** Logs in; a login in flight on a killed instance is tried again (a fresh login page, a new CSRF token). */
    private void logIn(HttpClient http, Parent parent) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> page = get(http, "/connexion");
            if (page != null && page.statusCode() == 200) {
                Forms.Form login = Forms.postForms(page.body()).get(0)
                        .with("identifiant", parent.username()).with("motDePasse", PASSWORD);
                HttpResponse<String> answer = post(http, "/connexion", login);
                if (answer != null && answer.statusCode() == 302) {
                    assertThat(answer.headers().firstValue("Location").orElse("")).as("login of %s",
                            parent.username()).doesNotContain("/connexion");
                    return;
                }
            }
            retries.incrementAndGet();
            Thread.sleep(500);
        }
        throw new IllegalStateException(parent.username() + " could not log in");
    }

    /**
     * A change of the guardian's address (a request to the municipality, Mon compte → Infos Responsable): true when
     * the portal confirmed it, false when its first post died with the killed instance after claiming the form's
     * submission key, so the retry could not learn the outcome (the portal then sends the parent to « Envoi non
     * confirmé » and never runs the form twice; the database check allows at most one request).
     */
    private boolean submitRequest(HttpClient http, Parent parent) throws Exception {
        HttpResponse<String> page = get(http, "/famille/mon-compte/responsable");
        for (int attempt = 0; attempt < 60 && (page == null || page.statusCode() >= 500); attempt++) {
            Thread.sleep(500);
            page = get(http, "/famille/mon-compte/responsable");
        }
        assertThat(page.statusCode()).as("Infos Responsable of %s", parent.username()).isEqualTo(200);
        Forms.Form form = Forms.postForms(page.body()).stream()
                .filter(f -> f.action().endsWith("/famille/mon-compte/responsable")).findFirst().orElseThrow();
        String address = form.fields().keySet().stream().filter(name -> name.contains("addressLine")).findFirst()
                .orElseThrow();
        HttpResponse<String> answer = postUntilAnswered(http, form.action(),
                form.with(address, "9 RUE DU CLUSTER " + parent.username().toUpperCase()));
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.endsWith("/envoi-non-confirme")) {
            unknownOutcomes.incrementAndGet();
            HttpResponse<String> told = get(http, "/envoi-non-confirme");
            if (told != null) { // null: this GET met a dying instance in turn
                assertThat(told.body()).as("the page %s is sent to", parent.username()).contains("Envoi non confirmé");
            }
            System.out.printf("[drill] request of %s: outcome unknown after the kill (told so, not run twice)%n",
                    parent.username());
            return false;
        }
        assertThat(location).as("request of %s", parent.username()).endsWith("/demande-envoyee");
        return true;
    }

    /** Posts the form; a failure (the instance died with it) is posted again as it was until an answer comes. */
    private HttpResponse<String> postUntilAnswered(HttpClient http, String action, Forms.Form form) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                Thread.sleep(500);
            }
            HttpResponse<String> answer = post(http, action, form);
            if (answer != null && answer.statusCode() == 302) {
                return answer;
            }
            if (answer != null && answer.statusCode() < 500) {
                problems.add(action + " answered " + answer.statusCode());
                return answer;
            }
        }
        throw new IllegalStateException(action + " never answered");
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return check(send(http, HttpRequest.newBuilder(uri(path)).GET()));
    }

    private HttpResponse<String> post(HttpClient http, String path, Forms.Form form) throws Exception {
        String body = form.fields().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return check(send(http, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private HttpResponse<String> check(HttpResponse<String> response) {
        if (response == null || response.statusCode() >= 500) {
            failures.incrementAndGet();
            return response;
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 302 && location.contains("/connexion") && !response.request().uri().getPath()
                .equals("/connexion")) {
            loggedOut.incrementAndGet();
        }
        return response;
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws InterruptedException {
        requests.incrementAndGet();
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException broken) {
            return null;
        }
    }

    private static URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : BASE + pathOrUrl);
    }

    /** Parents, a facility with one activity of {@value #PLACES} places a day, the children enrolled: by the use cases. */
    private static void seed() throws Exception {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        try (ConfigurableApplicationContext portal = application.run(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + PG_PORT + "/portail",
                "--spring.datasource.username=portail", "--spring.datasource.password=" + dbPassword(),
                "--server.port=0", "--server.address=127.0.0.1",
                "--portal.storage.certificates=" + CLUSTER_DIR.resolve("storage/certificates"),
                "--portal.storage.attachments=" + CLUSTER_DIR.resolve("storage/attachments"),
                "--portal.storage.documents=" + CLUSTER_DIR.resolve("storage/documents"),
                "--portal.outbox.poll-interval=PT1H", "--spring.mail.host=127.0.0.1", "--spring.mail.port=2525")) {
            UUID regie = portal.getBean(CreateRegieUseCase.class)
                    .createRegie(new CreateRegieCommand("Régie du centre de loisirs", "CL", 1, 1));
            UUID facility = portal.getBean(SetUpFacilityUseCase.class)
                    .setUpFacility(new SetUpFacilityCommand("Centre de loisirs"));
            activity = portal.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(facility,
                    regie, "Centre de loisirs journée", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), PLACES, 1,
                    "CONFIRMED_AT_ONCE", DeadlineRule.daysBefore(1, LocalTime.of(18, 0)),
                    SetUpActivityCommand.SAME_AS_BOOKING, null));
            LocalDate today = LocalDate.now(PARIS);
            for (LocalDate day = today.plusDays(2); days.size() < DAYS; day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= 5) {
                    days.add(day);
                }
            }
            for (int i = 0; i < PARENTS; i++) {
                String name = "PARENT" + (char) ('A' + i);
                FamilyId family = portal.getBean(RegisterFamilyUseCase.class).registerFamily(new RegisterFamilyCommand(
                        String.valueOf(2002002000000L + i), new AdultDetails("MADAME", name, "CAMILLE",
                        "1 RUE DES TESTS", "31400", "SAINT - JEAN", "", "", "", "", true, false, "", "", "", ""),
                        "MOTHER", "MARRIED", null));
                String username = "parent." + (char) ('a' + i);
                portal.getBean(CreateLoginUseCase.class)
                        .createLogin(new CreateLoginCommand(username, PASSWORD, false, family, ""));
                ChildId child = portal.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                        family, "ENFANT", name, LocalDate.of(2017, 5, 1), "FEMALE", "École Jules Ferry", "CM1", true,
                        true, List.of(), new HealthDetails("", "", "", "", false, true, false, "")));
                portal.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(family, child, activity,
                        today, today.plusMonths(3), Set.of()));
                parents.add(new Parent(username, family, child));
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG_PORT + "/portail", "portail",
                dbPassword());
    }

    private static int count(Connection db, String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String dbPassword() throws IOException {
        return Files.readString(CLUSTER_DIR.resolve("db-password")).strip();
    }

    private static void cluster(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("ops/cluster.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("CLUSTER_DIR", CLUSTER_DIR.toString());
        builder.environment().put("HTTP_PORT", String.valueOf(HTTP_PORT));
        builder.environment().put("PG_PORT", String.valueOf(PG_PORT));
        builder.environment().put("INSTANCE_PORTS", "18091 18092");
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("ops/cluster.sh " + String.join(" ", arguments) + " exited " + exit);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
