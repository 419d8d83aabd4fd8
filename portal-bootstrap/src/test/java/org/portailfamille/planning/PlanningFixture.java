package org.portailfamille.planning;

import org.portailfamille.TestClock;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Facilities, activities and enrolled children of the planning module for one integration test, set up through the
 * use cases; days chosen weeks ahead of the real clock, so that the deadlines ("la veille 18h00") are open.
 */
final class PlanningFixture {

    private final SetUpFacilityUseCase setUpFacility;
    private final SetUpActivityUseCase setUpActivity;
    private final EnrolChildUseCase enrol;
    private final JdbcTemplate jdbc;

    record Kid(FamilyId family, ChildId child) {
    }

    PlanningFixture(ApplicationContext context) {
        this.setUpFacility = context.getBean(SetUpFacilityUseCase.class);
        this.setUpActivity = context.getBean(SetUpActivityUseCase.class);
        this.enrol = context.getBean(EnrolChildUseCase.class);
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    }

    /** A new activity of a new facility, Monday to Friday, {@code places} a day, booked until the day before 18:00. */
    UUID newActivity(int places) {
        UUID facility = setUpFacility.setUpFacility(new SetUpFacilityCommand("ALSH " + UUID.randomUUID()));
        return setUpActivity.setUpActivity(new SetUpActivityCommand(facility, UUID.randomUUID(), "Accueil du soir",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), places, 2, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
    }

    /** {@code count} children of distinct families, enrolled in {@code activity} for the next year and a half. */
    List<Kid> enrolledChildren(UUID activity, int count) {
        List<Kid> kids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kid kid = new Kid(FamilyId.newId(), ChildId.newId());
            enrol.enrolChild(new EnrolChildCommand(kid.family(), kid.child(), activity, LocalDate.now(TestClock.PORTAL),
                    LocalDate.now(TestClock.PORTAL).plusMonths(18), Set.of()));
            kids.add(kid);
        }
        return kids;
    }

    /** {@code count} distinct weekdays that are not public holidays, from four weeks ahead. */
    static List<LocalDate> openDays(int count) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = LocalDate.now(TestClock.PORTAL).plusWeeks(4);
        while (days.size() < count) {
            if (day.getDayOfWeek().getValue() <= 5 && !PublicHolidays.isPublicHoliday(day)) {
                days.add(day);
            }
            day = day.plusDays(1);
        }
        return days;
    }

    /** Active reservations of a day, counted in the database. */
    int activeReservations(UUID activity, LocalDate day) {
        return jdbc.queryForObject("SELECT count(*) FROM planning.reservation WHERE activity_id = ? AND day = ?"
                + " AND status <> 'CANCELLED'", Integer.class, activity, day);
    }

    /** Active reservations of a child on a day, counted in the database. */
    int activeReservations(UUID activity, LocalDate day, ChildId child) {
        return jdbc.queryForObject("SELECT count(*) FROM planning.reservation WHERE activity_id = ? AND day = ?"
                + " AND child_id = ? AND status <> 'CANCELLED'", Integer.class, activity, day, child.value());
    }

    /** The day's place counter, as stored. */
    int taken(UUID activity, LocalDate day) {
        return jdbc.queryForObject("SELECT taken FROM planning.activity_day WHERE activity_id = ? AND day = ?",
                Integer.class, activity, day);
    }
}
