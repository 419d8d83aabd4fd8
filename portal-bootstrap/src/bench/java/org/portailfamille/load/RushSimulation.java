package org.portailfamille.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The booking rush (issue 14): {@code -Drush.parents} parents (default 2,500, at most the city's logins) arrive
 * within {@code -Drush.seconds} (default 60) of the opening of next month's holiday activities (an open model:
 * arrivals do not wait for one another). Each logs in (when the checks are saturated, ADR 0039, it lands in the
 * waiting room and comes back to the login form after the delay of its Refresh header, as a browser does, ADR 0045;
 * at most 10 tries), opens the child's planning month, then five times opens a
 * day of one of the three activities (16, 24 and 40 places) and posts the form the page offers: "Demande de
 * réservation" while places remain, "liste d'attente" once the day is full (CSRF token and {@code _submission}
 * key read from the page). Afterwards, check capacity and waiting lists with {@code rush-check.sql}.
 */
public class RushSimulation extends Simulation {

    static final int PARENTS = Integer.getInteger("rush.parents", 2500);
    static final int SECONDS = Integer.getInteger("rush.seconds", 60);

    ChainBuilder bookFiveDays = repeat(5).on(
            exec(City::pickActivityDay)
            .exec(http("jour (page)").get("/famille/enfants/#{childId}/planning/#{activity}/#{day}")
                    .check(status().is(200), City.formOf("[^\"]+/(?:reserver|liste-attente)", "form")))
            .doIf(session -> session.contains("form")).then(
                    exec(session -> {
                        List<String> form = session.getList("form");
                        return session.set("action", form.get(0)).set("csrf", form.get(1))
                                .set("submission", form.get(2))
                                .set("kind", form.get(0).endsWith("/reserver") ? "réserver" : "liste d'attente");
                    })
                    .exec(http("#{kind}").post("#{action}")
                            .formParam("_csrf", "#{csrf}").formParam("_submission", "#{submission}")
                            .formParam("retour", "jour")
                            .check(status().is(200)))
                    .exec(session -> session.remove("form"))));

    /** Each parent's time to get in, in ms: from the first login page to the home page, waiting room included. */
    static final List<Long> TIMES_TO_GET_IN = Collections.synchronizedList(new ArrayList<>());

    ScenarioBuilder rush = scenario("Rush")
            .feed(listFeeder(parents()).queue())
            .exec(session -> session.set("arrived", System.currentTimeMillis()))
            .exec(City.logInRetrying("/famille/accueil")).exitHereIfFailed()
            .exec(session -> {
                TIMES_TO_GET_IN.add(System.currentTimeMillis() - session.getLong("arrived"));
                return session;
            })
            .exec(http("planning (mois)").get("/famille/enfants/#{childId}/planning?mois=#{month}").check(status().is(200)))
            .exec(bookFiveDays);

    /** Printed for city-bench.sh: a request's p99 says nothing of the parents sent to the waiting room and back. */
    @Override
    public void after() {
        List<Long> times = new ArrayList<>(TIMES_TO_GET_IN);
        if (times.isEmpty()) {
            return;
        }
        Collections.sort(times);
        System.out.printf("[rush] time to get in (first login page to the home page, waiting room included), %d parents:"
                        + " p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; in within 1 s: %d, 5 s: %d, 10 s: %d%n",
                times.size(), percentile(times, 50), percentile(times, 95), percentile(times, 99),
                times.get(times.size() - 1), within(times, 1_000), within(times, 5_000), within(times, 10_000));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long within(List<Long> sorted, long ms) {
        return sorted.stream().filter(t -> t <= ms).count();
    }

    private static List<Map<String, Object>> parents() {
        List<Map<String, Object>> all = City.parents();
        return all.subList(0, Math.min(PARENTS, all.size()));
    }

    {
        setUp(rush.injectOpen(rampUsers(Math.min(PARENTS, City.parents().size())).during(SECONDS)))
                .protocols(City.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
