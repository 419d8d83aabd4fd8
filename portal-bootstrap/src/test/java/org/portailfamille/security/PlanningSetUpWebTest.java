package org.portailfamille.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.billing.application.port.in.ListRegiesUseCase;
import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.security.Browser.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning back office through HTTP: staff set up an activity with each kind of deadline and read it back in
 * plain French; hostile or inconsistent values on every planning form get a French message on the form, never a
 * server error, and change nothing. (Parents get 403 and posts without a token 403: AccessControlTest and
 * CsrfTest find these routes in the handler mappings.)
 */
@PortalIntegrationTest
class PlanningSetUpWebTest {

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @Autowired SetUpFacilityUseCase setUpFacility;
    @Autowired ViewPlanningSetUpUseCase view;
    @Autowired ListRegiesUseCase regies;
    @Autowired CreateRegieUseCase createRegie;
    @LocalServerPort int port;

    /**
     * The hostile values a name or free text refuses (empty, too long, control characters); markup, SQL and
     * Unicode oddities are valid names, stored as typed and shown escaped.
     */
    static final List<String> REFUSED_NAMES = BadInputTest.HOSTILE.subList(0, 5);

    Browser staff;
    UUID facility;
    String regie;

    @BeforeEach
    void logIn() {
        TestAccounts.Staff agent = new TestAccounts(context).newStaff("Agent-Planning-2026");
        staff = new Browser(port, TestAddresses.next());
        assertThat(staff.logIn(agent.username(), agent.password()).isRedirectTo("/gestion/accueil")).isTrue();
        facility = setUpFacility.setUpFacility(new SetUpFacilityCommand("ALSH " + UUID.randomUUID()));
        if (regies.regies().isEmpty()) {
            createRegie.createRegie(new CreateRegieCommand("Régie Enfance", "EN", 1, 1));
        }
        regie = regies.regies().get(0).id().toString();
    }

    static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    Response postForm(String page, String action, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> withToken = new ArrayList<>(fields);
        withToken.add(Map.entry("_csrf", staff.csrfTokenFrom(page)));
        return staff.postRaw(action, encode(withToken));
    }

    static List<Map.Entry<String, String>> activity(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "Garderie matin");
        values.put("places", "24");
        values.put("alertThreshold", "4");
        values.put("bookingMode", "CONFIRMED_AT_ONCE");
        values.put("bookingKind", "DAYS_BEFORE");
        values.put("bookingDays", "1");
        values.put("bookingTime", "18:00");
        values.put("bookingWeeks", "1");
        values.put("bookingWeekday", "TUESDAY");
        values.put("bookingMonths", "1");
        values.put("bookingMonthDay", "20");
        values.put("cancellation", "SAME_AS_BOOKING");
        values.put("cancelKind", "DAYS_BEFORE");
        values.put("cancelDays", "2");
        values.put("cancelTime", "12:00");
        values.putAll(overrides);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        values.forEach((key, value) -> fields.add(Map.entry(key, value)));
        fields.add(Map.entry("weekdays", "MONDAY"));
        fields.add(Map.entry("weekdays", "TUESDAY"));
        return fields;
    }

    String newActivityPage() {
        return "/gestion/planning/structures/" + facility + "/activites/nouvelle";
    }

    @Test
    void staff_create_activities_with_each_kind_of_deadline_and_read_them_in_plain_french() {
        Map<String, String> daysBefore = Map.of("regieId", regie, "bookingSkipWeekends", "true",
                "bookingSkipPublicHolidays", "true");
        Response created = postForm(newActivityPage(), newActivityPage(), activity(daysBefore));
        assertThat(created.status()).isEqualTo(302);
        Response page = staff.get(created.location().replaceFirst("https?://[^/]+", ""));
        assertThat(page.mainText()).contains("Garderie matin", "lundi, mardi",
                "la veille 18:00, week-end non compté, jours fériés non comptés",
                "comme la réservation : la veille 18:00", "L'activité est créée.");

        Response weekly = postForm(newActivityPage(), newActivityPage(), activity(Map.of("regieId", regie,
                "name", "Restauration scolaire", "bookingKind", "WEEKDAY_OF_EARLIER_WEEK", "bookingTime", "23:59",
                "cancellation", "OWN_DEADLINE", "cancelKind", "DAYS_BEFORE", "cancelDays", "1", "cancelTime", "24:00")));
        assertThat(weekly.status()).isEqualTo(302);
        Response monthly = postForm(newActivityPage(), newActivityPage(), activity(Map.of("regieId", regie,
                "name", "Crèche", "bookingKind", "DAY_OF_EARLIER_MONTH", "bookingTime", "12:00",
                "cancellation", "NOT_ALLOWED")));
        assertThat(monthly.status()).isEqualTo(302);

        String facilityPage = staff.get("/gestion/planning/structures/" + facility).mainText();
        assertThat(facilityPage).contains("mardi 23:59 de la semaine précédente", "la veille avant minuit",
                "le 20 du mois précédent, 12:00", "pas d'annulation (absence à déclarer)");
        ActivityView canteen = view.activitiesOf(facility).stream()
                .filter(a -> a.name().equals("Restauration scolaire")).findFirst().orElseThrow();
        assertThat(canteen.bookingDeadline()).isEqualTo(new DeadlineRule(DeadlineRule.WEEKDAY_OF_EARLIER_WEEK, 1,
                2, LocalTime.of(23, 59), Set.of(), false, false));
        assertThat(canteen.weekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(canteen.cancellationDeadline()).isEqualTo(new DeadlineRule(DeadlineRule.DAYS_BEFORE, 1, 0,
                LocalTime.MAX, Set.of(), false, false));
    }

    @Test
    void hostile_values_on_the_activity_form_get_french_messages_and_create_nothing() {
        List<String> failures = new ArrayList<>();
        List<Map<String, String>> bad = new ArrayList<>();
        for (String value : REFUSED_NAMES) {
            bad.add(Map.of("regieId", regie, "name", value));
        }
        for (String value : BadInputTest.HOSTILE) {
            bad.add(Map.of("regieId", value));
            bad.add(Map.of("regieId", regie, "places", value));
            bad.add(Map.of("regieId", regie, "bookingTime", value));
            bad.add(Map.of("regieId", regie, "bookingKind", value));
            bad.add(Map.of("regieId", regie, "cancellation", "OWN_DEADLINE", "cancelDays", value));
            bad.add(Map.of("regieId", regie, "bookingMode", value));
        }
        bad.add(Map.of("regieId", regie, "bookingDays", "367"));
        bad.add(Map.of("regieId", regie, "places", "0"));
        bad.add(Map.of("regieId", regie, "bookingTime", "25:00"));
        bad.add(Map.of("regieId", regie, "bookingKind", "WEEKDAY_OF_EARLIER_WEEK", "bookingWeeks", "9"));
        bad.add(Map.of("regieId", regie, "bookingKind", "DAY_OF_EARLIER_MONTH", "bookingMonthDay", "32"));
        bad.add(Map.of("regieId", UUID.randomUUID().toString()));
        for (Map<String, String> overrides : bad) {
            Response response = postForm(newActivityPage(), newActivityPage(), activity(overrides));
            String what = "activity " + overrides.keySet();
            BadInputTest.assertCleanAnswer(what, response, failures);
            if (response.status() != 200 || !response.mainText().contains("Il y a un problème")) {
                failures.add(what + ": no message on the form (" + response.status() + ")");
            }
        }
        Response noWeekday = postForm(newActivityPage(), newActivityPage(), activity(Map.of("regieId", regie))
                .stream().filter(field -> !field.getKey().equals("weekdays")).toList());
        assertThat(noWeekday.mainText()).contains("Cochez au moins un jour où l'activité a lieu.");
        Response allSkipped = postForm(newActivityPage(), newActivityPage(), allDaysSkipped());
        assertThat(allSkipped.mainText()).contains("Laissez au moins un jour de la semaine compté.");
        assertThat(failures).isEmpty();
        assertThat(view.activitiesOf(facility)).isEmpty();
    }

    private List<Map.Entry<String, String>> allDaysSkipped() {
        List<Map.Entry<String, String>> fields = new ArrayList<>(activity(Map.of("regieId", regie,
                "bookingSkipWeekends", "true")));
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            fields.add(Map.entry("bookingSkippedDays", day));
        }
        return fields;
    }

    @Test
    void hostile_values_on_the_other_planning_forms_get_french_messages_and_change_nothing() {
        Response created = postForm(newActivityPage(), newActivityPage(), activity(Map.of("regieId", regie)));
        assertThat(created.status()).isEqualTo(302);
        UUID activity = view.activitiesOf(facility).get(0).id();
        String facilityPage = "/gestion/planning/structures/" + facility;
        String activityPage = "/gestion/planning/activites/" + activity;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String counts = "select (select count(*) from planning.facility) || '/' || (select count(*) from planning.closure)"
                + " || '/' || (select count(*) from planning.booking_period) || '/' || (select count(*) from planning.school_holiday)"
                + " || '/' || (select string_agg(name, ',' order by id) from planning.facility)";
        String before = jdbc.queryForObject(counts, String.class);
        List<String> failures = new ArrayList<>();
        List<Object[]> posts = new ArrayList<>();
        for (String value : REFUSED_NAMES) {
            posts.add(new Object[]{"/gestion/planning", "/gestion/planning/structures", Map.of("name", value)});
            posts.add(new Object[]{facilityPage, facilityPage + "/nom", Map.of("name", value)});
            posts.add(new Object[]{facilityPage, facilityPage + "/fermetures",
                    Map.of("firstDay", "2030-03-04", "reason", "OTHER", "details", value)});
        }
        for (String value : BadInputTest.HOSTILE) {
            posts.addAll(List.of(
                    new Object[]{facilityPage, facilityPage + "/fermetures",
                            Map.of("firstDay", value, "reason", "STRIKE")},
                    new Object[]{facilityPage, facilityPage + "/fermetures",
                            Map.of("firstDay", "2030-03-04", "reason", value)},
                    new Object[]{facilityPage, facilityPage + "/fermetures",
                            Map.of("firstDay", "2030-03-04", "reason", "STRIKE", "activityId", value.isEmpty() ? "x" : value)},
                    new Object[]{activityPage, activityPage + "/periodes", Map.of("firstDay", value,
                            "lastDay", "2030-08-28", "opensOn", "2030-06-02", "opensAt", "08:30")},
                    new Object[]{activityPage, activityPage + "/periodes", Map.of("firstDay", "2030-07-06",
                            "lastDay", "2030-08-28", "opensOn", "2030-06-02", "opensAt", value)},
                    new Object[]{"/gestion/planning/calendrier", "/gestion/planning/calendrier/vacances",
                            Map.of("name", value, "lastSchoolDay", "2030-10-18", "returnDay", "2030-11-04")},
                    new Object[]{"/gestion/planning/calendrier", "/gestion/planning/calendrier/vacances",
                            Map.of("name", "AUTUMN", "lastSchoolDay", value, "returnDay", "2030-11-04")}));
        }
        {
            for (Object[] post : posts) {
                @SuppressWarnings("unchecked")
                Map<String, String> form = (Map<String, String>) post[2];
                Response response = staff.submit((String) post[0], (String) post[1], form);
                String what = post[1] + " " + form.keySet();
                BadInputTest.assertCleanAnswer(what, response, failures);
                if (response.status() != 200 || !response.mainText().contains("Il y a un problème")) {
                    failures.add(what + ": no message on the form (" + response.status() + ")");
                }
            }
        }
        // inconsistent but well-formed values
        Response backwards = staff.submit(facilityPage, facilityPage + "/fermetures", Map.of("firstDay", "2030-03-05",
                "lastDay", "2030-03-04", "reason", "STRIKE"));
        assertThat(backwards.mainText()).contains("Le dernier jour ne peut pas précéder le premier.");
        Response lateOpening = staff.submit(activityPage, activityPage + "/periodes", Map.of("firstDay", "2030-07-06",
                "lastDay", "2030-08-28", "opensOn", "2030-09-02", "opensAt", "08:30"));
        assertThat(lateOpening.mainText()).contains("Les réservations doivent ouvrir au plus tard le dernier jour");
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
    }

    @Test
    void unknown_ids_on_planning_routes_are_404() {
        String unknown = UUID.randomUUID().toString();
        assertThat(staff.get("/gestion/planning/structures/" + unknown).status()).isEqualTo(404);
        assertThat(staff.get("/gestion/planning/structures/pas-un-id").status()).isEqualTo(404);
        assertThat(staff.get("/gestion/planning/activites/" + unknown).status()).isEqualTo(404);
        assertThat(staff.get("/gestion/planning/inscriptions/familles/" + unknown).status()).isEqualTo(404);
        assertThat(staff.submit("/gestion/planning", "/gestion/planning/structures/" + facility + "/fermetures/99999999/supprimer",
                Map.of()).status()).isEqualTo(404);
    }
}
