package org.portailfamille.planning;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.messaging.application.port.in.CountUnreadMessagesUseCase;
import org.portailfamille.planning.DemandsFixture.Kid;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.CancelDayUseCase;
import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListUseCase;
import org.portailfamille.planning.application.port.in.ListPlaceOffersUseCase;
import org.portailfamille.requests.application.port.in.DecideRequestCommand;
import org.portailfamille.requests.application.port.in.DecideRequestUseCase;
import org.portailfamille.requests.application.port.in.FamilyRequests;
import org.portailfamille.requests.application.port.in.FamilyRequestsQuery;
import org.portailfamille.requests.application.port.in.FieldChangeView;
import org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reservation demands end to end on the real database and SMTP server: a booking validated by staff waits as a
 * request, staff accept it (confirmed, family told) or refuse it (refused, its place offered at once to the first
 * family waiting, who gets a message and an e-mail); a booking confirmed at once is an accepted request.
 */
@PortalIntegrationTest
class PlanningDemandsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired BookDayUseCase book;
    @Autowired CancelDayUseCase cancel;
    @Autowired JoinWaitingListUseCase join;
    @Autowired ListPlaceOffersUseCase offers;
    @Autowired DecideRequestUseCase decide;
    @Autowired ViewRequestQueueUseCase queue;
    @Autowired ListFamilyRequestsUseCase listRequests;
    @Autowired CountUnreadMessagesUseCase unread;
    @Autowired GreenMail mailServer;

    DemandsFixture fixture() {
        return new DemandsFixture(context);
    }

    BookDayResult book(Kid kid, UUID activity, LocalDate day) {
        return book.bookDay(new BookDayCommand(kid.parent().familyId(), kid.child(), activity, day,
                kid.parent().username()));
    }

    RequestView pendingReservationRequest(Kid kid) {
        return queue.pendingRequests(new RequestQueueQuery("planning.reservation", kid.parent().familyId()))
                .stream().findFirst().orElseThrow();
    }

    static String value(RequestView request, String labelKey) {
        return request.changes().stream().filter(change -> change.labelKey().equals(labelKey))
                .map(FieldChangeView::newValue).findFirst().orElseThrow();
    }

    @Test
    void a_booking_validated_by_staff_waits_as_a_request_staff_accept_it_and_the_family_is_told() throws Exception {
        DemandsFixture fixture = fixture();
        UUID activity = fixture.newActivity(5, "VALIDATED_BY_STAFF");
        Kid lea = fixture.newKid(activity, "LÉA");
        LocalDate day = PlanningFixture.openDays(1).get(0);
        int unreadBefore = unread.countUnreadMessages(lea.parent().familyId());

        BookDayResult booked = book(lea, activity, day);

        assertThat(booked.outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
        assertThat(booked.awaitingValidation()).isTrue();
        assertThat(fixture.reservationStatus(booked.reservationId())).isEqualTo("AWAITING_VALIDATION");
        FamilyRequests listed = listRequests.familyRequests(new FamilyRequestsQuery(lea.parent().familyId(),
                "CHILDREN", "planning.reservation", 0));
        assertThat(listed.pending()).singleElement().satisfies(request -> {
            assertThat(value(request, "planning.request.field.child")).isEqualTo(lea.name());
            assertThat(value(request, "planning.request.field.activity")).isEqualTo("Accueil du soir");
            assertThat(request.submittedBy()).isEqualTo(lea.parent().username());
            assertThat(request.payload()).containsEntry("reservationId", booked.reservationId().toString());
        });
        RequestView request = pendingReservationRequest(lea);

        assertThat(decide.decide(new DecideRequestCommand(request.id(), request.version(), true, "agent", null))
                .decided()).isTrue();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fixture.reservationStatus(booked.reservationId())).isEqualTo("CONFIRMED");
            assertThat(unread.countUnreadMessages(lea.parent().familyId())).isEqualTo(unreadBefore + 1);
            assertThat(DemandsFixture.mailsTo(mailServer, lea.parent().email())).hasSize(1);
        });
        MimeMessage mail = DemandsFixture.mailsTo(mailServer, lea.parent().email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Votre demande « Réservations » a été acceptée");
        assertThat(mail.getContent().toString()).contains("la réservation est confirmée")
                .as("the mail names the booked day, not only the day of the request (issue 12)")
                .contains("pour le " + java.time.format.DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy",
                        java.util.Locale.FRENCH).format(day));
    }

    @Test
    void a_refused_booking_is_refused_and_its_place_goes_at_once_to_the_first_family_waiting_who_is_told()
            throws Exception {
        DemandsFixture fixture = fixture();
        UUID activity = fixture.newActivity(1, "VALIDATED_BY_STAFF");
        Kid lea = fixture.newKid(activity, "LÉA");
        Kid tom = fixture.newKid(activity, "TOM");
        LocalDate day = PlanningFixture.openDays(1).get(0);
        BookDayResult booked = book(lea, activity, day);
        assertThat(book(tom, activity, day).outcome()).isEqualTo(BookDayResult.Outcome.FULL);
        join.joinWaitingList(new JoinWaitingListCommand(tom.parent().familyId(), tom.child(), activity, day));
        int tomUnread = unread.countUnreadMessages(tom.parent().familyId());
        RequestView request = pendingReservationRequest(lea);

        assertThat(decide.decide(new DecideRequestCommand(request.id(), request.version(), false, "agent",
                "Le groupe est complet ce jour-là")).decided()).isTrue();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fixture.reservationStatus(booked.reservationId())).isEqualTo("REFUSED");
            assertThat(offers.placeOffers(tom.parent().familyId())).singleElement()
                    .satisfies(offer -> assertThat(offer.day()).isEqualTo(day));
            assertThat(DemandsFixture.mailsTo(mailServer, tom.parent().email())).hasSize(1);
            assertThat(DemandsFixture.mailsTo(mailServer, lea.parent().email())).hasSize(1);
            assertThat(unread.countUnreadMessages(tom.parent().familyId())).isEqualTo(tomUnread + 1);
        });
        MimeMessage offerMail = DemandsFixture.mailsTo(mailServer, tom.parent().email()).get(0);
        assertThat(offerMail.getSubject()).startsWith("Une place s'est libérée : Accueil du soir");
        assertThat(offerMail.getContent().toString()).contains(tom.name()).contains("jusqu'au");
        assertThat(DemandsFixture.mailsTo(mailServer, lea.parent().email()).get(0).getContent().toString())
                .contains("Le groupe est complet ce jour-là");
        assertThat(queue.request(request.id()).orElseThrow().isRefused()).isTrue();
    }

    @Test
    void a_booking_confirmed_at_once_and_its_cancellation_are_accepted_requests_never_in_the_staff_queue() {
        DemandsFixture fixture = fixture();
        UUID activity = fixture.newActivity(3, "CONFIRMED_AT_ONCE");
        Kid lea = fixture.newKid(activity, "LÉA");
        LocalDate day = PlanningFixture.openDays(1).get(0);

        assertThat(book(lea, activity, day).outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
        assertThat(cancel.cancelDay(new CancelDayCommand(lea.parent().familyId(), lea.child(), activity, day,
                lea.parent().username()))).isEqualTo(CancelDayOutcome.CANCELLED);

        assertThat(queue.pendingRequests(new RequestQueueQuery(null, lea.parent().familyId()))).isEmpty();
        FamilyRequests listed = listRequests.familyRequests(new FamilyRequestsQuery(lea.parent().familyId(),
                "CHILDREN", "planning.reservation", 0));
        assertThat(listed.pending()).isEmpty();
        assertThat(listed.accepted()).extracting(request -> value(request, "planning.request.field.kind"))
                .containsExactlyInAnyOrder("planning.request.kind.booking", "planning.request.kind.cancellation");
        assertThat(listed.accepted()).allSatisfy(request -> assertThat(request.decidedBy()).isEqualTo("portail"));
    }
}
