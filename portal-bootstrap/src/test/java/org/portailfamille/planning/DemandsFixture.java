package org.portailfamille.planning;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.portailfamille.TestAccounts.Parent;
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
import org.portailfamille.shared.ChildId;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Families with a registered child enrolled in an activity, for the demands' integration tests; statuses read from
 * the database; e-mails read from GreenMail.
 */
final class DemandsFixture {

    /** A small but real PDF (ASCII only, so that it reads back the same as text). */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    record Kid(Parent parent, ChildId child, String name) {
    }

    DemandsFixture(ApplicationContext context) {
        this.context = context;
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    }

    UUID newActivity(int places, String mode) {
        UUID facility = context.getBean(SetUpFacilityUseCase.class)
                .setUpFacility(new SetUpFacilityCommand("ALSH " + UUID.randomUUID()));
        return context.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(facility,
                UUID.randomUUID(), "Accueil du soir", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), places, 1,
                mode, DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null));
    }

    /** A new family whose guardian allows e-mails, with a child enrolled in {@code activity}. */
    Kid newKid(UUID activity, String firstName) {
        Parent parent = new TestAccounts(context).newParent("Printemps2027", false,
                "demandes" + UUID.randomUUID() + "@example.org");
        String lastName = parent.displayName().substring(parent.displayName().indexOf(' ') + 1);
        ChildId child = context.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), firstName, lastName, LocalDate.of(2018, 5, 4), "FEMALE", "École du Centre", "CE2",
                true, true, List.of(new AuthorisedPersonDetails("GARDE " + firstName, "Voisine", "06 00 00 00 01", true,
                        true)),
                new HealthDetails("Dr Test", "05 00 00 00 01", "", "", true, true, false, "")));
        context.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(parent.familyId(), child, activity,
                LocalDate.now(TestClock.PORTAL), LocalDate.now(TestClock.PORTAL).plusMonths(18), Set.of()));
        return new Kid(parent, child, firstName + " " + lastName);
    }

    String reservationStatus(UUID reservation) {
        return jdbc.queryForObject("SELECT status FROM planning.reservation WHERE id = ?", String.class, reservation);
    }

    String absenceStatus(UUID absence) {
        return jdbc.queryForObject("SELECT status FROM planning.absence WHERE id = ?", String.class, absence);
    }

    int absencesOf(ChildId child) {
        return jdbc.queryForObject("SELECT count(*) FROM planning.absence WHERE child_id = ?", Integer.class,
                child.value());
    }

    int certificatesOf(ChildId child) {
        return jdbc.queryForObject("SELECT count(*) FROM planning.certificate WHERE child_id = ?", Integer.class,
                child.value());
    }

    static List<MimeMessage> mailsTo(GreenMail mailServer, String email) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(email));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
