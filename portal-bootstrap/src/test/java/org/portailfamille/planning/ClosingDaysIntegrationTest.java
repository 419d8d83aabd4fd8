package org.portailfamille.planning;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestClock;
import org.portailfamille.accounts.application.port.in.AdultDetails;
import org.portailfamille.accounts.application.port.in.HealthDetails;
import org.portailfamille.accounts.application.port.in.RegisterChildCommand;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.port.in.RegisterFamilyCommand;
import org.portailfamille.accounts.application.port.in.RegisterFamilyUseCase;
import org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.CloseDaysCommand;
import org.portailfamille.planning.application.port.in.CloseDaysResult;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.ManageClosuresUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff closing a day, end to end on the real database and SMTP server: in one action the day's bookings are
 * cancelled and their places freed, and each family concerned gets a portal message, and an e-mail only when its
 * "Autorisation courriel" allows it.
 */
@PortalIntegrationTest
class ClosingDaysIntegrationTest {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired ApplicationContext context;
    @Autowired RegisterFamilyUseCase registerFamily;
    @Autowired RegisterChildUseCase registerChild;
    @Autowired EnrolChildUseCase enrol;
    @Autowired BookDayUseCase book;
    @Autowired ManageClosuresUseCase closures;
    @Autowired ViewPlanningSetUpUseCase view;
    @Autowired CountUnreadMessagesUseCase unread;
    @Autowired GreenMail mailServer;

    record Family(FamilyId id, ChildId child, String email) {
    }

    private Family family(String childName, boolean emailConsent) {
        long n = SEQUENCE.incrementAndGet();
        String email = "fermeture" + n + "@example.org";
        FamilyId id = registerFamily.registerFamily(new RegisterFamilyCommand("7" + String.format("%012d", n),
                new AdultDetails("MADAME", "FERMETURE" + n, "ALICE", "2 RUE DU TEST", "31400", "SAINT - JEAN", "", "",
                        "", email, emailConsent, false, "", "", "", ""), "MOTHER", "SINGLE", null));
        ChildId child = registerChild.registerChild(new RegisterChildCommand(id, childName, "FERMETURE" + n,
                LocalDate.of(2018, 5, 4), "FEMALE", "École Jules Ferry", "CE2", true, true, List.of(),
                new HealthDetails("", "", "", "", false, true, false, "")));
        return new Family(id, child, email);
    }

    private List<String> mailsTo(String email) {
        return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).map(ClosingDaysIntegrationTest::text).toList();
    }

    private static String text(MimeMessage mail) {
        try {
            return mail.getSubject() + "\n" + mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void bookOrFail(Family family, UUID activity, LocalDate day) {
        BookDayResult result = book.bookDay(new BookDayCommand(family.id(), family.child(), activity, day));
        assertThat(result.outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
    }

    @Test
    void closing_a_day_cancels_its_bookings_frees_the_places_and_tells_each_family() {
        PlanningFixture fixture = new PlanningFixture(context);
        UUID activity = fixture.newActivity(5);
        UUID facility = view.activity(activity).orElseThrow().facilityId();
        List<LocalDate> days = PlanningFixture.openDays(2);
        LocalDate closed = days.get(0);
        LocalDate kept = days.get(1);
        Family allowing = family("NINA", true);
        Family refusing = family("OSCAR", false);
        for (Family family : List.of(allowing, refusing)) {
            enrol.enrolChild(new EnrolChildCommand(family.id(), family.child(), activity, LocalDate.now(TestClock.PORTAL),
                    LocalDate.now(TestClock.PORTAL).plusMonths(6), Set.of()));
            bookOrFail(family, activity, closed);
        }
        bookOrFail(allowing, activity, kept);
        int unreadAllowing = unread.countUnreadMessages(allowing.id());
        int unreadRefusing = unread.countUnreadMessages(refusing.id());
        assertThat(fixture.taken(activity, closed)).isEqualTo(2);

        CloseDaysResult result = closures.closeDays(new CloseDaysCommand(facility, activity, closed, closed, "STRIKE",
                "Mouvement social national"));

        assertThat(result.cancelledBookings()).isEqualTo(2);
        assertThat(result.families()).isEqualTo(2);
        assertThat(fixture.activeReservations(activity, closed)).isZero();
        assertThat(fixture.taken(activity, closed)).isZero();
        assertThat(fixture.activeReservations(activity, kept)).isEqualTo(1);
        assertThat(book.bookDay(new BookDayCommand(allowing.id(), allowing.child(), activity, closed)).outcome())
                .isEqualTo(BookDayResult.Outcome.CLOSED);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(unread.countUnreadMessages(allowing.id())).isEqualTo(unreadAllowing + 1);
            assertThat(unread.countUnreadMessages(refusing.id())).isEqualTo(unreadRefusing + 1);
            assertThat(mailsTo(allowing.email())).singleElement().satisfies(mail -> {
                assertThat(mail).contains("Accueil du soir", "NINA", "grève", "Mouvement social national");
                assertThat(mail).doesNotContain("OSCAR");
            });
        });
        assertThat(mailsTo(refusing.email())).isEmpty();
    }

    @Test
    void a_closing_without_bookings_tells_nobody() {
        PlanningFixture fixture = new PlanningFixture(context);
        UUID activity = fixture.newActivity(5);
        UUID facility = view.activity(activity).orElseThrow().facilityId();
        LocalDate day = PlanningFixture.openDays(1).get(0);
        int mailsBefore = mailServer.getReceivedMessages().length;
        CloseDaysResult result = closures.closeDays(new CloseDaysCommand(facility, null, day, day.plusDays(1), "WORKS",
                ""));
        assertThat(result.cancelledBookings()).isZero();
        assertThat(view.closuresOf(facility)).singleElement()
                .satisfies(closure -> assertThat(closure.activityId()).isNull());
        assertThat(mailServer.getReceivedMessages().length).isEqualTo(mailsBefore);
    }
}
