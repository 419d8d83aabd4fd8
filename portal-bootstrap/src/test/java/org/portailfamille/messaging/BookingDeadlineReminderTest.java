package org.portailfamille.messaging;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.AuthorisedPersonDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.messaging.application.port.in.ConversationSummary;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.ReadConversationUseCase;
import org.portailfamille.messaging.application.port.in.RemindBookingDeadlinesUseCase;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.CancelDayUseCase;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminder "booking deadline tomorrow for a regular day not booked": a family whose child's regular
 * Wednesday is not booked, with its deadline tomorrow at 18:00, gets one message and one e-mail (its adult allows
 * e-mails); a family whose regular Wednesday is booked gets nothing; a rerun sends nothing twice.
 */
@PortalIntegrationTest
class BookingDeadlineReminderTest {

    /** Monday 8 March 2027, 10:00 in the municipality: the Wednesday's deadline is tomorrow (Tuesday) 18:00. */
    static final ZonedDateTime MONDAY = ZonedDateTime.of(2027, 3, 8, 10, 0, 0, 0, TestClock.ZONE);
    static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 10);

    @Autowired ApplicationContext context;
    @Autowired RemindBookingDeadlinesUseCase remind;
    @Autowired DataSource dataSource;

    record Kid(TestAccounts.Parent parent, ChildId child) {
    }

    Kid enrolledEveryWednesday(UUID activity, String firstName) {
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Rappel2027", false,
                "rappel" + UUID.randomUUID() + "@example.org");
        String lastName = parent.displayName().substring(parent.displayName().indexOf(' ') + 1);
        ChildId child = context.getBean(RegisterChildUseCase.class).registerChild(new RegisterChildCommand(
                parent.familyId(), firstName, lastName, LocalDate.of(2018, 5, 4), "FEMALE", "École du Centre", "CE2",
                true, true, List.of(new AuthorisedPersonDetails("GARDE " + firstName, "Voisine", "06 00 00 00 01", true,
                        true)),
                new HealthDetails("Dr Test", "05 00 00 00 01", "", "", true, true, false, "")));
        context.getBean(EnrolChildUseCase.class).enrolChild(new EnrolChildCommand(parent.familyId(), child, activity,
                MONDAY.toLocalDate(), LocalDate.of(2027, 6, 30), Set.of(DayOfWeek.WEDNESDAY)));
        return new Kid(parent, child);
    }

    List<ConversationSummary> reminders(TestAccounts.Parent parent) {
        return context.getBean(ViewMailboxUseCase.class).mailbox(new MailboxQuery(parent.familyId(), Folder.RECEIVED,
                MailboxOrder.NEWEST_FIRST)).stream()
                .filter(summary -> summary.subject().startsWith("Dernier jour pour réserver")).toList();
    }

    int reminderMails(TestAccounts.Parent parent) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from platform.outbox where recipient = ? "
                + "and subject like 'Dernier jour pour réserver%'", Integer.class, parent.email());
    }

    @Test
    void a_family_whose_regular_day_is_not_booked_is_reminded_once_the_day_before_the_deadline() {
        TestClock.PORTAL.freezeAt(MONDAY.toInstant());
        UUID facility = context.getBean(SetUpFacilityUseCase.class)
                .setUpFacility(new SetUpFacilityCommand("ALSH rappel " + UUID.randomUUID()));
        String activityName = "Mercredi rappel " + System.nanoTime();
        UUID activity = context.getBean(SetUpActivityUseCase.class).setUpActivity(new SetUpActivityCommand(facility,
                UUID.randomUUID(), activityName, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 10, 1,
                "CONFIRMED_AT_ONCE", DeadlineRule.daysBefore(1, LocalTime.of(18, 0)),
                SetUpActivityCommand.SAME_AS_BOOKING, null));
        Kid unbooked = enrolledEveryWednesday(activity, "ZOE");
        Kid booked = enrolledEveryWednesday(activity, "HUGO");
        assertThat(context.getBean(CancelDayUseCase.class).cancelDay(new CancelDayCommand(unbooked.parent().familyId(),
                unbooked.child(), activity, WEDNESDAY, CancelDayCommand.BY_FAMILY))).isEqualTo(CancelDayOutcome.CANCELLED);

        assertThat(remind.remindBookingDeadlines()).isPositive();

        List<ConversationSummary> received = reminders(unbooked.parent());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).subject()).contains("mardi 9 mars 2027");
        assertThat(received.get(0).link()).isEqualTo("/famille/enfants");
        String body = context.getBean(ReadConversationUseCase.class).openConversation(unbooked.parent().familyId(),
                received.get(0).conversationId()).orElseThrow().messages().get(0).body();
        assertThat(body).contains("ZOE", activityName, "mercredi 10 mars 2027", "18:00");
        assertThat(reminderMails(unbooked.parent())).as("an e-mail, the adult allows them").isEqualTo(1);
        assertThat(reminders(booked.parent())).as("the booked regular day needs no reminder").isEmpty();
        assertThat(reminderMails(booked.parent())).isZero();

        remind.remindBookingDeadlines(); // the hourly rerun
        assertThat(reminders(unbooked.parent())).as("nothing twice").hasSize(1);
        assertThat(reminderMails(unbooked.parent())).isEqualTo(1);

        TestClock.PORTAL.freezeAt(MONDAY.plusDays(1).toInstant()); // Tuesday: Wednesday's deadline is today
        remind.remindBookingDeadlines();
        assertThat(reminders(unbooked.parent())).as("not reminded again the next day").hasSize(1);
    }
}
