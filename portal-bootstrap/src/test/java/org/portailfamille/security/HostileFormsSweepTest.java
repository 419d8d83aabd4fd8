package org.portailfamille.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.security.Browser.Response;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input at scale: every form a parent or a member of staff can reach is found by crawling the pages as they
 * do (so a form added tomorrow is swept without editing this test), then submitted many times with hostile values
 * from {@link HostileValues} in every field: lengths, encodings, scripts, numbers out of range, malformed dates
 * and ids, missing and tampered hidden fields. Every answer must be the portal's own (French, no stack trace, no
 * server error, no payload rendered unescaped); afterwards every page of both areas is crawled again and must
 * still render: no stored value breaks a page.
 *
 * <p>It runs on its own context and database (the demo data, changed freely here), thrown away afterwards.
 * {@code -Dsweep.rounds=N} sets the submissions per form (default 16).</p>
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.test.context=hostile-forms-sweep")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileFormsSweepTest {

    private static final int ROUNDS = Integer.getInteger("sweep.rounds", 16);
    private static final int MAX_PAGES = 160;
    private static final int MAX_PER_SHAPE = 2;
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("(?<=/|=)\\d+(?=/|$|&)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    /** Links not followed: leaving, files, and the mailbox of the demo. */
    private static final Pattern NOT_FOLLOWED = Pattern.compile(
            ".*(/deconnexion|\\.pdf|/pdf|/telecharger|/export|/fichier|/piece-jointe|/certificat|\\.csv|\\.xml).*");
    /** Forms not swept: leaving (it ends the session the sweep runs in). */
    private static final Pattern NOT_SWEPT = Pattern.compile(".*/deconnexion.*");

    @LocalServerPort
    int port;

    private final List<String> pool = HostileValues.pool();
    private int next;

    /** A user of the sweep: their browser and how to log them in again if a form ends their session. */
    private final class User {
        final String username;
        final String password;
        final String home;
        final String area;
        Browser browser;

        User(String username, String password, String home, String area) {
            this.username = username;
            this.password = password;
            this.home = home;
            this.area = area;
            logIn();
        }

        void logIn() {
            browser = new Browser(port, TestAddresses.next());
            Response login = browser.logIn(username, password);
            assertThat(login.isRedirectTo(home)).as("log in " + username + ": " + login).isTrue();
        }

        /** A GET that logs in again when a swept form ended the session (a password change, for example). */
        Response get(String path) {
            Response response = browser.get(path);
            if (response.isRedirectTo("/connexion")) {
                logIn();
                response = browser.get(path);
            }
            return response;
        }
    }

    /** A form found on a page: where it is, where it posts, and its shape (action pattern + field names). */
    private record FoundForm(String page, String shape, String action) {
    }

    @Test
    void every_form_of_both_areas_survives_hostile_values_and_every_page_still_renders() {
        User parent = new User("jean.dupont", "Bonbons2015", "/famille/accueil", "/famille");
        User staff = new User("agent", "Agent2015", "/gestion/accueil", "/gestion");
        List<String> failures = new ArrayList<>();
        Map<String, int[]> outcomes = new TreeMap<>();

        long start = System.nanoTime();
        Map<String, FoundForm> parentForms = crawl(parent, failures, "before");
        Map<String, FoundForm> staffForms = crawl(staff, failures, "before");
        int submissions = 0;
        for (FoundForm form : parentForms.values()) {
            submissions += sweep(parent, form, failures, outcomes);
        }
        for (FoundForm form : staffForms.values()) {
            submissions += sweep(staff, form, failures, outcomes);
        }
        Map<String, FoundForm> parentAfter = crawl(parent, failures, "after");
        Map<String, FoundForm> staffAfter = crawl(staff, failures, "after");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        System.out.printf("Hostile forms sweep: %d parent forms, %d staff forms, %d submissions of %d distinct values,"
                        + " %d s; pages re-crawled afterwards: forms still found %d + %d%n",
                parentForms.size(), staffForms.size(), submissions, pool.size(), seconds,
                parentAfter.size(), staffAfter.size());
        outcomes.forEach((shape, counts) -> System.out.printf("  %-90s 2xx %3d  3xx %3d  4xx %3d%n",
                shape, counts[0], counts[1], counts[2]));
        failures.forEach(failure -> System.out.println("  FAILURE " + failure));
        assertThat(parentForms.size()).as("parent forms found by the crawl").isGreaterThanOrEqualTo(8);
        assertThat(staffForms.size()).as("staff forms found by the crawl").isGreaterThanOrEqualTo(15);
        assertThat(failures).as("answers that are not the portal's own").isEmpty();
    }

    /** Breadth-first over the area's links from the user's home; returns the forms found, one per shape. */
    private Map<String, FoundForm> crawl(User user, List<String> failures, String when) {
        Map<String, FoundForm> forms = new LinkedHashMap<>();
        Map<String, Integer> perShape = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(user.home));
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path) || perShape.merge(shape(path), 1, Integer::sum) > MAX_PER_SHAPE) {
                continue;
            }
            Response response = user.get(path);
            pages++;
            checkAnswer(when + " GET " + path, response, failures);
            String type = String.valueOf(response.header("Content-Type"));
            if (response.status() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), "http://localhost" + path);
            for (Element link : page.select("a[href]")) {
                String target = internalPath(link.attr("href"), path);
                if (target != null && target.startsWith(user.area) && !NOT_FOLLOWED.matcher(target).matches()
                        && !seen.contains(target)) {
                    queue.add(target);
                }
            }
            for (Element form : page.select("form")) {
                if (!"post".equalsIgnoreCase(form.attr("method"))) {
                    continue;
                }
                String action = internalPath(form.attr("action").isEmpty() ? path : form.attr("action"), path);
                if (action == null || NOT_SWEPT.matcher(action).matches()) {
                    continue;
                }
                forms.putIfAbsent(formShape(action, form), new FoundForm(path, formShape(action, form), action));
            }
        }
        return forms;
    }

    /** Submits the form {@link #ROUNDS} times, each time freshly loaded, with hostile values in its fields. */
    private int sweep(User user, FoundForm found, List<String> failures, Map<String, int[]> outcomes) {
        int submitted = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Response page = user.get(found.page());
            if (page.status() != 200) {
                break; // the page is gone (the form deleted what it showed): nothing left to submit
            }
            Document document = Jsoup.parse(page.body(), "http://localhost" + found.page());
            Element form = document.select("form").stream()
                    .filter(candidate -> "post".equalsIgnoreCase(candidate.attr("method")))
                    .filter(candidate -> {
                        String action = internalPath(candidate.attr("action").isEmpty() ? found.page()
                                : candidate.attr("action"), found.page());
                        return action != null && formShape(action, candidate).equals(found.shape());
                    })
                    .findFirst().orElse(null);
            if (form == null) {
                break; // the form is no longer offered (a request already pending, a day already booked…)
            }
            String action = internalPath(form.attr("action").isEmpty() ? found.page() : form.attr("action"),
                    found.page());
            boolean tamperHidden = round % 4 == 3;
            boolean dropFields = round % 6 == 5;
            Map<String, String> fields = new LinkedHashMap<>();
            String fileField = null;
            for (Element input : form.select("input, textarea, select")) {
                String name = input.attr("name");
                if (name.isEmpty() || input.hasAttr("disabled")) {
                    continue;
                }
                String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
                if (name.equals("_csrf")) {
                    fields.put(name, input.attr("value"));
                    continue;
                }
                if (dropFields && (next % 2 == 0)) {
                    next++;
                    continue; // a missing field
                }
                switch (type) {
                    case "hidden" -> fields.put(name, tamperHidden ? hostile() : input.attr("value"));
                    case "submit", "button", "image", "reset" -> {
                    }
                    case "file" -> fileField = name;
                    case "checkbox", "radio" -> {
                        if (tamperHidden) {
                            fields.put(name, hostile());
                        } else if (input.hasAttr("checked") || !fields.containsKey(name)) {
                            fields.put(name, input.attr("value").isEmpty() ? "on" : input.attr("value"));
                        }
                    }
                    case "select" -> {
                        Element option = input.selectFirst("option[selected]");
                        if (option == null) {
                            option = input.select("option").stream()
                                    .filter(o -> !o.attr("value").isEmpty()).findFirst().orElse(null);
                        }
                        fields.put(name, tamperHidden || option == null ? hostile() : option.attr("value"));
                    }
                    default -> fields.put(name, hostile());
                }
            }
            Element button = form.selectFirst("button[name][type=submit], button[name]:not([type]), input[type=submit][name]");
            if (button != null) {
                fields.put(button.attr("name"), button.attr("value"));
            }
            Response response;
            String label = found.shape() + " round " + round;
            if ("multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
                byte[] content = ("%PDF-1.4\n" + hostile()).getBytes(StandardCharsets.UTF_8);
                response = user.browser.postMultipart(action, fields,
                        fileField == null ? "fichier" : fileField, hostileFileName(), "application/pdf", content);
            } else {
                response = user.browser.post(action, fields);
            }
            submitted++;
            checkAnswer("POST " + label + " " + abbreviated(fields), response, failures);
            int[] counts = outcomes.computeIfAbsent(found.shape(), key -> new int[3]);
            int family = response.status() / 100;
            if (family >= 2 && family <= 4) {
                counts[family - 2]++;
            }
            if (response.status() == 200 && String.valueOf(response.header("Content-Type")).startsWith("text/html")
                    && !response.body().contains("lang=\"fr\"")) {
                failures.add("POST " + label + ": a page that is not the portal's French page");
            }
        }
        return submitted;
    }

    private String hostile() {
        String value = pool.get(next % pool.size());
        next++;
        return value;
    }

    private String hostileFileName() {
        String base = pool.get(next++ % pool.size());
        return (base.length() > 60 ? base.substring(0, 60) : base).replace("\"", "'").replace("\r", "")
                .replace("\n", "") + ".pdf";
    }

    /** The answer is the portal's own: no server error, no stack trace, no payload rendered as markup. */
    private static void checkAnswer(String what, Response response, List<String> failures) {
        String body = response.body();
        if (response.status() >= 500) {
            failures.add(what + ": server error " + response.status());
            return;
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("Whitelabel")
                || body.contains("Apache Tomcat")) {
            failures.add(what + ": a stack trace or a container's error page");
        }
        boolean html = String.valueOf(response.header("Content-Type")).startsWith("text/html");
        for (String sign : HostileValues.UNESCAPED_SIGNS) {
            if (html && body.contains(sign)) {
                failures.add(what + ": payload rendered unescaped: " + sign);
            }
        }
        if (response.status() >= 400 && String.valueOf(response.header("Content-Type")).startsWith("text/html")
                && !body.contains("lang=\"fr\"")) {
            failures.add(what + ": error " + response.status() + " without the portal's French page");
        }
    }

    /** The path and query of a same-origin link, or null for another site, a fragment or a scheme like mailto. */
    private static String internalPath(String href, String from) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
                || href.startsWith("javascript:")) {
            return null;
        }
        try {
            URI uri = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
            if (!"localhost".equals(uri.getHost())) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A path with ids, numbers and dates replaced by placeholders: links of one kind count once. */
    private static String shape(String path) {
        String shaped = UUID.matcher(path).replaceAll("{id}");
        shaped = DATE.matcher(shaped).replaceAll("{date}");
        return NUMBER.matcher(shaped).replaceAll("{n}");
    }

    private static String formShape(String action, Element form) {
        List<String> names = form.select("input[name], textarea[name], select[name]").stream()
                .map(element -> element.attr("name")).filter(name -> !name.equals("_csrf")).distinct().sorted()
                .toList();
        String path = action.contains("?") ? action.substring(0, action.indexOf('?')) : action;
        return shape(path) + " " + names;
    }

    private static String abbreviated(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (!name.equals("_csrf")) {
                out.append(name).append('=').append(BadInputTest.printable(value)).append(' ');
            }
        });
        return out.append('}').toString();
    }
}
