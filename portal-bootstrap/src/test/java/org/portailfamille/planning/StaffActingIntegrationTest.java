package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.planning.application.port.in.BookDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.CancelDayForFamilyUseCase;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.DeclareAbsenceForFamilyUseCase;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.StaffAbsenceCommand;
import org.portailfamille.planning.application.port.in.StaffActionCommand;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Staff acting for a family through the use cases (ADR 0032): within the families' deadline nothing is overridden;
 * past it, booking, cancelling and declaring an absence are refused unless staff override the deadline with a
 * reason; each action is recorded with who did it and the family gets a message naming them.
 */
@PortalIntegrationTest
class StaffActingIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    BookDayForFamilyUseCase book;
    @Autowired
    CancelDayForFamilyUseCase cancel;
    @Autowired
    DeclareAbsenceForFamilyUseCase absence;

    @Test
    void past_the_deadline_staff_must_override_it_with_a_reason_and_the_family_is_told_each_time() {
        LocalDate today = LocalDate.now(clock);
        assumeFalse(PublicHolidays.isPublicHoliday(today) || PublicHolidays.isPublicHoliday(today.minusDays(1)),
                "the activity is closed on public holidays");
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(5);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId child = fixture.newChild(family, "NOÉ", "AGIR");
        fixture.enrol(family, child, activity.id(), today.minusDays(10), today.plusDays(30), Set.of());
        LocalDate later = today.plusDays(10);
        while (PublicHolidays.isPublicHoliday(later)) {
            later = later.plusDays(1);
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        // within the deadline: booked, nothing overridden (a reason given anyway is not kept)
        assertThat(book.bookDayForFamily(command(family, child, activity, later, true)).outcome())
                .isEqualTo(BookDayResult.Outcome.BOOKED);
        assertThat(jdbc.queryForMap("SELECT deadline_overridden, reason FROM planning.staff_action"
                + " WHERE child_id = ? AND day = ?", child.value(), later))
                .containsEntry("deadline_overridden", false).containsEntry("reason", "");
        assertThat(jdbc.queryForObject("SELECT late FROM planning.reservation WHERE child_id = ? AND day = ?",
                Boolean.class, child.value(), later)).isFalse();

        // today: past the booking and cancellation deadlines
        assertThat(book.bookDayForFamily(command(family, child, activity, today, false)).outcome())
                .isEqualTo(BookDayResult.Outcome.DEADLINE_PASSED);
        assertThat(book.bookDayForFamily(command(family, child, activity, today, true)).outcome())
                .isEqualTo(BookDayResult.Outcome.BOOKED);
        assertThat(cancel.cancelDayForFamily(command(family, child, activity, today, false)))
                .isEqualTo(CancelDayOutcome.DEADLINE_PASSED);
        assertThat(cancel.cancelDayForFamily(command(family, child, activity, today, true)))
                .isEqualTo(CancelDayOutcome.CANCELLED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM planning.reservation WHERE child_id = ? AND day = ?"
                + " AND status <> 'CANCELLED'", Integer.class, child.value(), today)).isZero();

        // yesterday: too late to declare a non-medical absence, unless overridden; never a medical one
        LocalDate yesterday = today.minusDays(1);
        assertThat(book.bookDayForFamily(command(family, child, activity, yesterday, true)).outcome())
                .isEqualTo(BookDayResult.Outcome.BOOKED);
        assertThat(absence.declareAbsenceForFamily(new StaffAbsenceCommand(
                command(family, child, activity, yesterday, false), "PERSONAL", "")).outcome())
                .isEqualTo(DeclareAbsenceResult.Outcome.TOO_LATE);
        assertThat(absence.declareAbsenceForFamily(new StaffAbsenceCommand(
                command(family, child, activity, yesterday, true), "ILLNESS", "")).outcome())
                .isEqualTo(DeclareAbsenceResult.Outcome.CERTIFICATE_REQUIRED);
        assertThat(absence.declareAbsenceForFamily(new StaffAbsenceCommand(
                command(family, child, activity, yesterday, true), "PERSONAL", "Appel de la mère")).outcome())
                .isEqualTo(DeclareAbsenceResult.Outcome.DECLARED);

        List<Map<String, Object>> actions = jdbc.queryForList("SELECT kind, day, deadline_overridden, reason"
                + " FROM planning.staff_action WHERE child_id = ? ORDER BY acted_at, kind", child.value());
        assertThat(actions).extracting(row -> row.get("kind") + " " + row.get("deadline_overridden"))
                .containsExactlyInAnyOrder("BOOKED false", "BOOKED true", "CANCELLED true", "BOOKED true",
                        "ABSENCE_DECLARED true");
        assertThat(actions).filteredOn(row -> Boolean.TRUE.equals(row.get("deadline_overridden")))
                .allSatisfy(row -> assertThat(row.get("reason")).isEqualTo("Grève des transports, appel du père"));

        // the family is told of each action, with the staff member's name
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT subject FROM messaging.message WHERE family_id = ? AND subject LIKE '%par Marie CLAIRE%'",
                String.class, family.value()))
                .hasSize(5)
                .allSatisfy(subject -> assertThat(subject).contains("par Marie CLAIRE"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Réservation annulée par Marie CLAIRE"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Absence déclarée par Marie CLAIRE")));
        assertThat(jdbc.queryForList("SELECT body FROM messaging.message WHERE family_id = ? AND subject LIKE"
                + " 'Réservation annulée%'", String.class, family.value()))
                .singleElement().asString().contains("Grève des transports, appel du père")
                .contains("Marie CLAIRE, du service enfance, a annulé pour NOÉ AGIR");
    }

    @Test
    void an_override_without_a_reason_cannot_even_be_asked() {
        assertThatThrownBy(() -> new StaffActionCommand(FamilyId.newId(), ChildId.newId(),
                java.util.UUID.randomUUID(), LocalDate.now(clock), "agent", "Agent", true, "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static StaffActionCommand command(FamilyId family, ChildId child, RegisterFixture.Activity activity,
                                              LocalDate day, boolean override) {
        return new StaffActionCommand(family, child, activity.id(), day, "agent.claire", "Marie CLAIRE", override,
                override ? "Grève des transports, appel du père" : "");
    }
}
