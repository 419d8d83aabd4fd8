package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.planning.application.port.in.EnrolChildResult;
import org.portailfamille.planning.application.port.in.RecordAttendanceCommand;
import org.portailfamille.planning.application.port.in.RecordAttendanceResult;
import org.portailfamille.planning.application.port.in.RecordAttendanceUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole portal: an enrolment with regular Wednesdays books them (REGULAR reservations taking places), and a
 * recorded register publishes {@link AttendanceRecorded} for billing, in the recording transaction.
 */
@PortalIntegrationTest
@RecordApplicationEvents
class AttendanceRegisterIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Autowired
    RecordAttendanceUseCase record;
    @Autowired
    ApplicationEvents events;

    @Test
    void an_enrolment_with_regular_wednesdays_books_every_open_wednesday_of_its_period() {
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(10);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId child = fixture.newChild(family, "LOUISE", "MERCREDI");
        LocalDate from = LocalDate.now(clock).plusDays(1);
        LocalDate to = from.plusWeeks(8);

        EnrolChildResult result = fixture.enrol(family, child, activity.id(), from, to, Set.of(DayOfWeek.WEDNESDAY));

        // Regular schedules are term-time: the school holidays of the portal's calendar are not regular days.
        var schoolHolidays = context.getBean(org.portailfamille.planning.application.port.out.SchoolHolidayDays.class)
                .between(from, to);
        List<LocalDate> wednesdays = new ArrayList<>();
        for (LocalDate day = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)); !day.isAfter(to);
             day = day.plusWeeks(1)) {
            if (!PublicHolidays.isPublicHoliday(day) && !schoolHolidays.containsKey(day)) {
                wednesdays.add(day);
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<LocalDate> booked = jdbc.queryForList("SELECT day FROM planning.reservation WHERE child_id = ?"
                        + " AND activity_id = ? AND origin = 'REGULAR' AND status = 'CONFIRMED' ORDER BY day",
                LocalDate.class, child.value(), activity.id());
        assertThat(booked).isEqualTo(wednesdays).isNotEmpty();
        assertThat(result.regularDaysBooked()).isEqualTo(wednesdays.size());
        assertThat(result.daysWithoutPlace()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT taken FROM planning.activity_day WHERE activity_id = ? AND day = ?",
                Integer.class, activity.id(), wednesdays.get(0))).isEqualTo(1);
    }

    @Test
    void a_recorded_register_publishes_attendance_events_for_billing() {
        RegisterFixture fixture = new RegisterFixture(context);
        RegisterFixture.Activity activity = fixture.newActivity(10);
        FamilyId family = new TestAccounts(context).newFamilyWithoutLogin();
        ChildId walkIn = fixture.newChild(family, "HUGO", "SANSRESA");
        LocalDate day = RegisterFixture.recordableDay(LocalDate.now(clock));
        fixture.enrol(family, walkIn, activity.id(), day.minusDays(30), day.plusDays(30), Set.of());

        RecordAttendanceResult result = record.recordAttendance(new RecordAttendanceCommand(activity.id(), day,
                Map.of(walkIn, "PRESENT"), "agent.integration"));

        assertThat(result.recorded()).isTrue();
        assertThat(events.stream(AttendanceRecorded.class)).singleElement().satisfies(event -> {
            assertThat(event.child()).isEqualTo(walkIn);
            assertThat(event.family()).isEqualTo(family);
            assertThat(event.activity().value()).isEqualTo(activity.id());
            assertThat(event.regieId()).isEqualTo(activity.regieId());
            assertThat(event.day()).isEqualTo(day);
            assertThat(event.outcome()).isEqualTo(AttendanceRecorded.Outcome.PRESENT_WITHOUT_BOOKING);
            assertThat(event.absencePending()).isFalse();
        });
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT outcome FROM planning.attendance"
                        + " WHERE activity_id = ? AND day = ? AND child_id = ?", String.class, activity.id(), day,
                walkIn.value())).isEqualTo("PRESENT_WITHOUT_BOOKING");

        record.recordAttendance(new RecordAttendanceCommand(activity.id(), day, Map.of(walkIn, "PRESENT"),
                "agent.integration"));
        assertThat(events.stream(AttendanceRecorded.class)).as("the same sheet again publishes nothing").hasSize(1);
    }
}
