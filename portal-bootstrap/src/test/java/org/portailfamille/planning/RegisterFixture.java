package org.portailfamille.planning;

import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildResult;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.domain.PublicHolidays;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.context.ApplicationContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Activities and children (registered in accounts, so that the register shows their names) for the register tests,
 * set up through the use cases. Public: the browser and security tests use it too.
 */
public final class RegisterFixture {

    private final SetUpFacilityUseCase setUpFacility;
    private final SetUpActivityUseCase setUpActivity;
    private final EnrolChildUseCase enrol;
    private final RegisterChildUseCase registerChild;

    public record Activity(UUID id, String name, UUID regieId) {
    }

    public RegisterFixture(ApplicationContext context) {
        this.setUpFacility = context.getBean(SetUpFacilityUseCase.class);
        this.setUpActivity = context.getBean(SetUpActivityUseCase.class);
        this.enrol = context.getBean(EnrolChildUseCase.class);
        this.registerChild = context.getBean(RegisterChildUseCase.class);
    }

    /** A new activity of a new facility running every day of the week, {@code places} a day. */
    public Activity newActivity(int places) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID facility = setUpFacility.setUpFacility(new SetUpFacilityCommand("Accueil " + suffix));
        UUID regie = UUID.randomUUID();
        String name = "Appel " + suffix;
        UUID id = setUpActivity.setUpActivity(new SetUpActivityCommand(facility, regie, name,
                EnumSet.allOf(DayOfWeek.class), places, 1, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
        return new Activity(id, name, regie);
    }

    /** A child of {@code family} registered in accounts with these names. */
    public ChildId newChild(FamilyId family, String firstName, String lastName) {
        return registerChild.registerChild(new RegisterChildCommand(family, firstName, lastName,
                LocalDate.of(2018, 5, 4), "FEMALE", "École Jules Ferry", "CE2", true, true, List.of(),
                new HealthDetails("", "", "", "", false, false, false, "")));
    }

    public EnrolChildResult enrol(FamilyId family, ChildId child, UUID activity, LocalDate from, LocalDate to,
                                  Set<DayOfWeek> regularDays) {
        return enrol.enrolChild(new EnrolChildCommand(family, child, activity, from, to, regularDays));
    }

    /** The latest day up to {@code today} that is not a public holiday (a day whose register can be recorded). */
    public static LocalDate recordableDay(LocalDate today) {
        LocalDate day = today;
        while (PublicHolidays.isPublicHoliday(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
