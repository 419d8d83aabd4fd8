package org.portailfamille.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The pages (issue 14), two phases one after the other:
 * <ol>
 * <li>"32 sessions": {@code -Dpages.sessions} (32) parents of different families logged in at once, each looping
 * over Accueil, the child's planning month, the relevé de compte and the Boîte de réception for
 * {@code -Dpages.seconds} (60), with {@code -Dpages.staff} (2) staff sessions looping over the request queue and a
 * school's register (a closed model: pages/s is the throughput);</li>
 * <li>"soirée": a weekday evening at a fixed arrival rate of {@code -Dpages.evening.rate} (1) parent per second
 * for {@code -Dpages.evening.seconds} (60), each logging in and opening the same four pages (p95).</li>
 * </ol>
 * Request names carry the phase, so the report shows each page per phase. A login told « réessayez dans un instant »
 * (admission control, ADR 0039) tries again 2–5 s later, as a parent would.
 */
public class PagesSimulation extends Simulation {

    static final int SESSIONS = Integer.getInteger("pages.sessions", 32);
    static final int STAFF = Integer.getInteger("pages.staff", 2);
    static final int SECONDS = Integer.getInteger("pages.seconds", 60);
    static final double EVENING_RATE = Double.parseDouble(System.getProperty("pages.evening.rate", "1"));
    static final int EVENING_SECONDS = Integer.getInteger("pages.evening.seconds", 60);
    static final String REGISTER_DAY = System.getProperty("pages.register.day", "2026-12-07");

    static ChainBuilder parentPages(String phase) {
        return exec(http(phase + " Accueil").get("/famille/accueil").check(status().is(200)))
                .exec(http(phase + " planning (mois)").get("/famille/enfants/#{childId}/planning").check(status().is(200)))
                .exec(http(phase + " Relevé de compte").get("/famille/releve").check(status().is(200)))
                .exec(http(phase + " Boîte de réception").get("/famille/messages").check(status().is(200)));
    }

    static ChainBuilder staffPages(String phase) {
        return exec(http(phase + " file des demandes").get("/gestion/demandes").check(status().is(200)))
                .exec(http(phase + " registre (école)")
                        .get("/gestion/presences/structure?structure=#{facility}&jour=" + REGISTER_DAY)
                        .check(status().is(200)));
    }

    static final List<Map<String, Object>> PARENTS = City.parents();

    ScenarioBuilder sessions = scenario("32 sessions")
            .feed(listFeeder(PARENTS.subList(0, SESSIONS)).queue())
            .exec(City.logInRetrying("/famille/accueil")).exitHereIfFailed()
            .during(Duration.ofSeconds(SECONDS)).on(parentPages("32s"));

    ScenarioBuilder staff = scenario("staff")
            .exec(session -> session.set("username", "agent01").set("password", PARENTS.get(0).get("password")))
            .exec(City.logInRetrying("/gestion/accueil")).exitHereIfFailed()
            .exec(http("staff registre (choix)").get("/gestion/presences/structure")
                    .check(regex("<option value=\"([0-9a-f-]{36})\">École").saveAs("facility")))
            .during(Duration.ofSeconds(SECONDS)).on(staffPages("32s"));

    ScenarioBuilder evening = scenario("soirée")
            .feed(listFeeder(PARENTS.subList(SESSIONS, PARENTS.size())).circular())
            .exec(City.logInRetrying("/famille/accueil")).exitHereIfFailed()
            .exec(parentPages("soirée"));

    {
        setUp(sessions.injectOpen(atOnceUsers(SESSIONS))
                        .andThen(evening.injectOpen(constantUsersPerSec(EVENING_RATE).during(EVENING_SECONDS))),
                staff.injectOpen(atOnceUsers(STAFF)))
                .protocols(City.protocol());
    }
}
