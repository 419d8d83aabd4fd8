package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestClock;
import org.portailfamille.planning.PlanningFixture.Kid;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferCommand;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferOutcome;
import org.portailfamille.planning.application.port.in.AcceptPlaceOfferUseCase;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.CancelDayUseCase;
import org.portailfamille.planning.application.port.in.DayOccupancy;
import org.portailfamille.planning.application.port.in.DayOccupancyQuery;
import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListResult;
import org.portailfamille.planning.application.port.in.JoinWaitingListUseCase;
import org.portailfamille.planning.application.port.in.ListPlaceOffersUseCase;
import org.portailfamille.planning.application.port.in.PlaceOfferView;
import org.portailfamille.planning.application.port.in.ViewDayOccupancyUseCase;
import org.portailfamille.planning.application.port.in.ViewWaitingListPositionUseCase;
import org.portailfamille.planning.application.port.in.WaitingListPositionQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real database: cancelling a full day gives its place at once to the first child waiting; places freed at
 * the same moment go to distinct children, in waiting order.
 */
@PortalIntegrationTest
class WaitingListIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired BookDayUseCase bookDay;
    @Autowired CancelDayUseCase cancelDay;
    @Autowired JoinWaitingListUseCase joinWaitingList;
    @Autowired ViewWaitingListPositionUseCase positions;
    @Autowired ListPlaceOffersUseCase placeOffers;
    @Autowired AcceptPlaceOfferUseCase acceptOffer;
    @Autowired ViewDayOccupancyUseCase occupancy;

    BookDayResult.Outcome book(Kid kid, UUID activity, LocalDate day) {
        return bookDay.bookDay(new BookDayCommand(kid.family(), kid.child(), activity, day)).outcome();
    }

    JoinWaitingListResult join(Kid kid, UUID activity, LocalDate day) {
        return joinWaitingList.joinWaitingList(new JoinWaitingListCommand(kid.family(), kid.child(), activity, day));
    }

    @Test
    void cancelling_gives_the_place_to_the_first_on_the_waiting_list_at_once() throws Exception {
        PlanningFixture fixture = new PlanningFixture(context);
        UUID activity = fixture.newActivity(1);
        List<Kid> kids = fixture.enrolledChildren(activity, 4);
        Kid booked = kids.get(0);
        Kid first = kids.get(1);
        Kid second = kids.get(2);
        Kid latecomer = kids.get(3);
        LocalDate day = PlanningFixture.openDays(1).get(0);

        assertThat(book(booked, activity, day)).isEqualTo(BookDayResult.Outcome.BOOKED);
        BookDayResult full = bookDay.bookDay(new BookDayCommand(first.family(), first.child(), activity, day));
        assertThat(full.outcome()).isEqualTo(BookDayResult.Outcome.FULL);
        assertThat(full.canJoinWaitingList()).isTrue();
        assertThat(join(first, activity, day))
                .isEqualTo(new JoinWaitingListResult(JoinWaitingListResult.Outcome.JOINED, 1));
        TestClock.PORTAL.advance(Duration.ofSeconds(1)); // the second family joins later
        assertThat(join(second, activity, day))
                .isEqualTo(new JoinWaitingListResult(JoinWaitingListResult.Outcome.JOINED, 2));
        assertThat(occupancy.dayOccupancy(new DayOccupancyQuery(activity, day)))
                .isEqualTo(new DayOccupancy(1, 1, 0, false, 2));

        assertThat(cancelDay.cancelDay(new CancelDayCommand(booked.family(), booked.child(), activity, day)))
                .isEqualTo(CancelDayOutcome.CANCELLED);

        List<PlaceOfferView> offers = placeOffers.placeOffers(first.family());
        assertThat(offers).singleElement().satisfies(offer -> {
            assertThat(offer.childId()).isEqualTo(first.child());
            assertThat(offer.activityId()).isEqualTo(activity);
            assertThat(offer.day()).isEqualTo(day);
            assertThat(Duration.between(offer.offeredAt(), offer.expiresAt())).isEqualTo(Duration.ofHours(24));
        });
        assertThat(placeOffers.placeOffers(second.family())).isEmpty();
        assertThat(positions.waitingListPosition(new WaitingListPositionQuery(second.family(), second.child(),
                activity, day))).hasValue(1);
        assertThat(positions.waitingListPosition(new WaitingListPositionQuery(first.family(), first.child(),
                activity, day))).isEmpty();
        assertThat(fixture.taken(activity, day)).as("the offer holds the freed place").isEqualTo(1);
        assertThat(book(latecomer, activity, day)).isEqualTo(BookDayResult.Outcome.FULL);

        assertThat(acceptOffer.acceptPlaceOffer(new AcceptPlaceOfferCommand(second.family(), offers.get(0).offerId())))
                .isEqualTo(AcceptPlaceOfferOutcome.NO_OFFER);
        assertThat(acceptOffer.acceptPlaceOffer(new AcceptPlaceOfferCommand(first.family(), offers.get(0).offerId())))
                .isEqualTo(AcceptPlaceOfferOutcome.ACCEPTED);
        assertThat(book(first, activity, day)).isEqualTo(BookDayResult.Outcome.ALREADY_BOOKED);
        assertThat(fixture.activeReservations(activity, day)).isEqualTo(1);
        assertThat(fixture.activeReservations(activity, day, first.child())).isEqualTo(1);
        assertThat(fixture.taken(activity, day)).isEqualTo(1);
        assertThat(occupancy.dayOccupancy(new DayOccupancyQuery(activity, day)))
                .isEqualTo(new DayOccupancy(1, 1, 0, false, 1));
    }

    @Test
    void places_cancelled_at_the_same_moment_go_to_distinct_children_in_waiting_order() throws Exception {
        PlanningFixture fixture = new PlanningFixture(context);
        UUID activity = fixture.newActivity(3);
        List<Kid> kids = fixture.enrolledChildren(activity, 7);
        List<Kid> booked = kids.subList(0, 3);
        List<Kid> waiting = kids.subList(3, 7);
        LocalDate day = PlanningFixture.openDays(1).get(0);
        for (Kid kid : booked) {
            assertThat(book(kid, activity, day)).isEqualTo(BookDayResult.Outcome.BOOKED);
        }
        for (int i = 0; i < waiting.size(); i++) {
            assertThat(join(waiting.get(i), activity, day).position()).isEqualTo(i + 1);
        }

        ExecutorService pool = Executors.newFixedThreadPool(booked.size());
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<CancelDayOutcome>> cancellations = new ArrayList<>();
            for (Kid kid : booked) {
                cancellations.add(pool.submit(() -> {
                    ready.await();
                    return cancelDay.cancelDay(new CancelDayCommand(kid.family(), kid.child(), activity, day));
                }));
            }
            ready.countDown();
            for (Future<CancelDayOutcome> cancellation : cancellations) {
                assertThat(cancellation.get(1, TimeUnit.MINUTES)).isEqualTo(CancelDayOutcome.CANCELLED);
            }
        } finally {
            pool.shutdownNow();
        }

        for (Kid kid : waiting.subList(0, 3)) {
            assertThat(placeOffers.placeOffers(kid.family())).singleElement()
                    .satisfies(offer -> assertThat(offer.childId()).isEqualTo(kid.child()));
        }
        Kid fourth = waiting.get(3);
        assertThat(placeOffers.placeOffers(fourth.family())).isEmpty();
        assertThat(positions.waitingListPosition(new WaitingListPositionQuery(fourth.family(), fourth.child(),
                activity, day))).hasValue(1);
        assertThat(fixture.taken(activity, day)).isEqualTo(3);
        assertThat(fixture.activeReservations(activity, day)).isZero();
    }

    @Test
    void with_nobody_waiting_a_cancelled_place_is_free_again_and_a_second_cancellation_changes_nothing() {
        PlanningFixture fixture = new PlanningFixture(context);
        UUID activity = fixture.newActivity(1);
        List<Kid> kids = fixture.enrolledChildren(activity, 2);
        LocalDate day = PlanningFixture.openDays(1).get(0);

        assertThat(book(kids.get(0), activity, day)).isEqualTo(BookDayResult.Outcome.BOOKED);
        CancelDayCommand cancel = new CancelDayCommand(kids.get(0).family(), kids.get(0).child(), activity, day);
        assertThat(cancelDay.cancelDay(cancel)).isEqualTo(CancelDayOutcome.CANCELLED);
        assertThat(cancelDay.cancelDay(cancel)).isEqualTo(CancelDayOutcome.NOT_BOOKED);
        assertThat(fixture.taken(activity, day)).isZero();
        assertThat(join(kids.get(1), activity, day).outcome()).isEqualTo(JoinWaitingListResult.Outcome.NOT_FULL);
        assertThat(book(kids.get(1), activity, day)).isEqualTo(BookDayResult.Outcome.BOOKED);
        assertThat(book(kids.get(0), activity, day)).isEqualTo(BookDayResult.Outcome.FULL);
    }
}
