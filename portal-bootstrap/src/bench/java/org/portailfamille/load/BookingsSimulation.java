package org.portailfamille.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portal's booking capacity (issue 14), beside pgbench's rate for the booking transaction: the rush's arrivals
 * (2,500 parents over a minute) bound its bookings/s, not the portal, so this closed model asks as fast as the
 * portal answers. {@code -Dbookings.sessions} (32) parents of different families, logged in once, each loop for
 * {@code -Dbookings.seconds} (60): open a random weekday of next month in one of their child's activities and post
 * the form the day page offers: "réserver" when the child has no booking and places remain, "annuler" when it has
 * one, "liste d'attente" / "quitter la liste d'attente" when the day is full (CSRF token and {@code _submission}
 * key read from the page, then the portal's redirect back to the day page). The city keeps a steady state: about as
 * many cancellations as bookings, each cancellation of a full day offering the place to the first waiting child.
 * Each post is one booking-type transaction of the planning module; the report's posts/s are the figure.
 */
public class BookingsSimulation extends Simulation {

    static final int SESSIONS = Integer.getInteger("bookings.sessions", 32);
    static final int SECONDS = Integer.getInteger("bookings.seconds", 60);

    ScenarioBuilder bookings = scenario("réservations en boucle")
            // the last parents of the logins file: not the rush's first ones, nor the pages' first 32
            .feed(listFeeder(lastParents()).queue())
            .exec(City.logInRetrying("/famille/accueil")).exitHereIfFailed()
            .during(Duration.ofSeconds(SECONDS)).on(
                    exec(City::pickActivityDay)
                    .exec(http("jour (page)").get("/famille/enfants/#{childId}/planning/#{activity}/#{day}")
                            .check(status().is(200), City.formOf(
                                    "[^\"]+/(?:reserver|annuler|liste-attente|quitter-liste-attente)", "form")))
                    .doIf(session -> session.contains("form")).then(
                            exec(session -> {
                                List<String> form = session.getList("form");
                                String action = form.get(0);
                                String kind = action.substring(action.lastIndexOf('/') + 1);
                                return session.set("action", action).set("csrf", form.get(1))
                                        .set("submission", form.get(2)).set("kind", "post " + kind);
                            })
                            .exec(http("#{kind}").post("#{action}")
                                    .formParam("_csrf", "#{csrf}").formParam("_submission", "#{submission}")
                                    .formParam("retour", "jour")
                                    .check(status().is(200)))
                            .exec(session -> session.remove("form"))));

    private static List<Map<String, Object>> lastParents() {
        List<Map<String, Object>> all = City.parents();
        return all.subList(Math.max(0, all.size() - SESSIONS), all.size());
    }

    {
        setUp(bookings.injectOpen(atOnceUsers(SESSIONS))).protocols(City.protocol());
    }
}
