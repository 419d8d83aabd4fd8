package org.portailfamille.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What the simulations share: the portal's address ({@code -Dportal.url}), the city's logins written by
 * {@code --portal.city.fill} ({@code -Dcity.logins=/path/city-logins.csv}), and logging in (the form's CSRF token
 * is read from the page first; the login form has no {@code _submission} key, other forms do).
 */
final class City {

    static final String URL = System.getProperty("portal.url", "http://localhost:8080");

    private City() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(URL).acceptHeader("text/html").acceptLanguageHeader("fr-FR")
                .userAgentHeader("Gatling (Portail Famille load test)").disableCaching();
    }

    /** One row per login: username, password, familyId, childId, activities (space-separated), month. */
    static List<Map<String, Object>> parents() {
        Path file = Path.of(System.getProperty("city.logins", "city-logins.csv"));
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                Map<String, Object> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in as #{username} / #{password}; fails the session unless the portal lands on a page of its space. */
    static ChainBuilder logIn(String home) {
        return exec(http("connexion (page)").get("/connexion")
                .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("connexion (post)").post("/connexion")
                        .formParam("identifiant", "#{username}")
                        .formParam("motDePasse", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocation().transform(l -> l.endsWith(home)).is(true)));
    }

    /**
     * Logs in as {@link #logIn} does, but as a parent at a booking opening: told "réessayez dans un instant" (the
     * portal's admission control, ADR 0039: the login form at {@code /connexion?occupe}), waits 2 to 5 s and tries
     * again, at most 10 times. Each busy answer is one more "connexion (post)" than parents in the report.
     */
    static ChainBuilder logInRetrying(String home) {
        // Told to wait (admission control, ADR 0039), the parent lands in the waiting room (ADR 0045), whose
        // Refresh header ("N; url=/connexion?apres-attente") brings the browser back to the login form after N s;
        // the parent then posts the form again (the browser fills the password). At most 10 tries.
        return exec(session -> session.set("in", false).set("tries", 0).set("waitSeconds", 0))
                .asLongAs(session -> !session.getBoolean("in") && session.getInt("tries") < 10).on(
                        exec(http("connexion (page)").get(session -> session.getInt("tries") == 0 ? "/connexion"
                                        : "/connexion?apres-attente")
                                .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                        .exec(http("connexion (post)").post("/connexion")
                                .formParam("identifiant", "#{username}")
                                .formParam("motDePasse", "#{password}")
                                .formParam("_csrf", "#{csrf}")
                                .check(status().is(200), currentLocation()
                                        .transform(l -> l.endsWith(home) || l.contains("/connexion/file-attente")
                                                || l.endsWith("/connexion?occupe"))
                                        .is(true),
                                        currentLocation().saveAs("landed"),
                                        header("Refresh").optional().saveAs("refresh")))
                        .exec(session -> {
                            String refresh = session.contains("refresh") ? session.getString("refresh") : null;
                            int wait = 0;
                            if (refresh != null && refresh.matches("\\d+;.*")) {
                                wait = Integer.parseInt(refresh.substring(0, refresh.indexOf(';')));
                            } else if (!session.getString("landed").endsWith(home)) {
                                wait = 2 + ThreadLocalRandom.current().nextInt(4); // an older portal: « réessayez »
                            }
                            return session.set("in", session.getString("landed").endsWith(home))
                                    .set("tries", session.getInt("tries") + 1).set("waitSeconds", wait)
                                    .remove("refresh");
                        })
                        .doIf(session -> !session.getBoolean("in")).then(
                                pause(session -> java.time.Duration.ofSeconds(session.getInt("waitSeconds")))))
                .exec(session -> session.getBoolean("in") ? session : session.markAsFailed());
    }

    /** Picks one of the child's activities and a weekday of the booking month: session's "activity" and "day". */
    static Session pickActivityDay(Session session) {
        String[] activities = session.getString("activities").split(" ");
        YearMonth month = YearMonth.parse(session.getString("month"));
        List<LocalDate> weekdays = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(d);
            }
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return session.set("activity", activities[random.nextInt(activities.length)])
                .set("day", weekdays.get(random.nextInt(weekdays.size())).toString());
    }

    /** Saves the CSRF token and the one-time {@code _submission} key of the form posting to {@code action}. */
    static io.gatling.javaapi.core.CheckBuilder.Final formOf(String actionPattern, String saveAs) {
        return regex("action=\"(" + actionPattern + ")\"><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"/>"
                + "<input type=\"hidden\" name=\"_submission\" value=\"([^\"]+)\"").captureGroups(3).optional()
                .saveAs(saveAs);
    }
}
