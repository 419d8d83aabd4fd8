package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.TestClock;
import org.portailfamille.TestClockConfiguration;
import org.portailfamille.planning.DemandsFixture.Kid;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning module on its own (with the modules it depends on and the platform: database, clock,
 * transactions): a {@code planning.reservation} request accepted, published as {@link RequestAccepted}, makes
 * planning confirm the booking. Staff's decision (requests) is replaced by the event itself.
 * <p>
 * Bootstrap mode ALL_DEPENDENCIES: planning's direct dependencies (accounts, billing, requests) need theirs
 * (access) to start; {@code platform} is included explicitly, since no business module depends on it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "portal.storage.certificates=${java.io.tmpdir}/portail-famille-tests/certificates")
@Import(TestClockConfiguration.class)
class ReservationAcceptedScenarioTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    BookDayUseCase book;
    @Autowired
    ViewRequestQueueUseCase queue;

    @Test
    void an_accepted_reservation_request_confirms_the_booking(Scenario scenario) {
        DemandsFixture fixture = new DemandsFixture(context);
        UUID activity = fixture.newActivity(5, "VALIDATED_BY_STAFF");
        Kid kid = fixture.newKid(activity, "LÉO");
        LocalDate day = PlanningFixture.openDays(1).get(0);
        BookDayResult booked = book.bookDay(new BookDayCommand(kid.parent().familyId(), kid.child(), activity, day,
                kid.parent().username()));
        assertThat(fixture.reservationStatus(booked.reservationId())).isEqualTo("AWAITING_VALIDATION");
        RequestView request = queue.pendingRequests(new RequestQueueQuery("planning.reservation",
                kid.parent().familyId())).stream().findFirst().orElseThrow();

        scenario.publish(new RequestAccepted(request.id(), request.type(), request.familyId(), request.childId(),
                        request.payload(), "agent", TestClock.PORTAL.instant(), request.submittedAt()))
                .andWaitForStateChange(() -> fixture.reservationStatus(booked.reservationId()),
                        "CONFIRMED"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("CONFIRMED"));
    }
}
