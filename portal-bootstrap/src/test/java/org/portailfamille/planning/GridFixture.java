package org.portailfamille.planning;

import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
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
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A child of a family enrolled in one activity (Monday to Friday, booked until the day before 18:00), set up
 * through the use cases, for the tests of the planning grid pages; days chosen weeks ahead of the real clock.
 */
public final class GridFixture {

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    /** A child enrolled in an activity; {@code facility} and {@code activity} are the names shown. */
    public record EnrolledChild(FamilyId family, ChildId child, String firstName, UUID activityId, String facility,
                                String activity) {

        /** The planning page of the month of {@code day}. */
        public String planningOf(LocalDate day) {
            return "/famille/enfants/" + child.value() + "/planning?mois=" + YearMonth.from(day);
        }

        /** The page of {@code day}. */
        public String dayPage(LocalDate day) {
            return "/famille/enfants/" + child.value() + "/planning/" + activityId + "/" + day;
        }
    }

    public GridFixture(ApplicationContext context) {
        this.context = context;
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    }

    /** A new child of {@code parent}'s family enrolled in a new activity of {@code places} places a day. */
    public EnrolledChild enrolledChild(TestAccounts.Parent parent, String firstName, int places) {
        String lastName = parent.displayName().substring(parent.displayName().lastIndexOf(' ') + 1);
        ChildId child = context.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), firstName, lastName, LocalDate.of(2018, 5, 4), "FEMALE", "École des Pins", "CE2",
                true, true, List.of(new AuthorisedPersonDetails("GARDE " + firstName, "Voisine", "06 00 00 00 01",
                        true, true)),
                new HealthDetails("Dr " + firstName, "05 00 00 00 01", "", "", false, true, false, "")));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String facility = "Accueil de Loisirs " + suffix;
        String activity = "Mercredi loisirs " + suffix;
        UUID facilityId = context.getBean(SetUpFacilityUseCase.class).setUpFacility(new SetUpFacilityCommand(facility));
        UUID activityId = context.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(
                facilityId, UUID.randomUUID(), activity, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), places, 1,
                "CONFIRMED_AT_ONCE", DeadlineRule.daysBefore(1, LocalTime.of(18, 0)),
                SetUpActivityCommand.SAME_AS_BOOKING, null));
        context.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(parent.familyId(), child,
                activityId, LocalDate.now(TestClock.PORTAL).minusMonths(2), LocalDate.now(TestClock.PORTAL).plusMonths(14), Set.of()));
        return new EnrolledChild(parent.familyId(), child, firstName, activityId, facility, activity);
    }

    /** A weekday, not a public holiday, at least {@code weeks} weeks ahead, whose following weekday is open too. */
    public static LocalDate openDay(int weeks) {
        LocalDate day = LocalDate.now(TestClock.PORTAL).plusWeeks(weeks);
        while (day.getDayOfWeek().getValue() > 4 || PublicHolidays.isPublicHoliday(day)
                || PublicHolidays.isPublicHoliday(day.plusDays(1))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Like {@link #openDay(int)}, and not in the school holidays of the portal's calendar (the demo data records
     * them), so that a cell shows its booking state rather than "Petites vacances".
     */
    public LocalDate openTermDay(int weeks) {
        LocalDate day = openDay(weeks);
        java.util.Set<LocalDate> holidays = context.getBean(
                org.portailfamille.planning.application.port.out.SchoolHolidayDays.class)
                .between(day, day.plusMonths(4)).keySet();
        while (holidays.contains(day) || holidays.contains(day.plusDays(1))) {
            day = firstOpenFrom(day.plusDays(1));
        }
        return day;
    }

    private static LocalDate firstOpenFrom(LocalDate day) {
        while (day.getDayOfWeek().getValue() > 4 || PublicHolidays.isPublicHoliday(day)
                || PublicHolidays.isPublicHoliday(day.plusDays(1))) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Active reservations of the child on a day, counted in the database. */
    public int activeReservations(EnrolledChild kid, LocalDate day) {
        return jdbc.queryForObject("SELECT count(*) FROM planning.reservation WHERE activity_id = ? AND day = ?"
                + " AND child_id = ? AND status IN ('CONFIRMED', 'AWAITING_VALIDATION')", Integer.class,
                kid.activityId(), day, kid.child().value());
    }

    /** Active reservations of the child in the activity, counted in the database. */
    public int activeReservations(EnrolledChild kid) {
        return jdbc.queryForObject("SELECT count(*) FROM planning.reservation WHERE activity_id = ?"
                + " AND child_id = ? AND status IN ('CONFIRMED', 'AWAITING_VALIDATION')", Integer.class,
                kid.activityId(), kid.child().value());
    }
}
