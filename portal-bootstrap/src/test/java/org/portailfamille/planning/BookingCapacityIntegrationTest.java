package org.portailfamille.planning;

import org.junit.jupiter.api.AfterAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.planning.PlanningFixture.Kid;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayResult.Outcome;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.DayOccupancy;
import org.portailfamille.planning.application.port.in.DayOccupancyQuery;
import org.portailfamille.planning.application.port.in.ViewDayOccupancyUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity is decided by the database: a thousand concurrent bookings of distinct children on a day of ten places
 * give exactly ten bookings, round after round, with no lock in Java; the same booking posted many times at once has
 * one effect.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingCapacityIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(BookingCapacityIntegrationTest.class);

    static final int PLACES = 10;
    static final int ATTEMPTS = 1_000;
    static final int THREADS = 64;
    static final int ROUNDS = 3;

    @Autowired ApplicationContext context;
    @Autowired BookDayUseCase bookDay;
    @Autowired ViewDayOccupancyUseCase occupancy;

    PlanningFixture fixture;
    ExecutorService pool;

    @BeforeAll
    void startPool() {
        fixture = new PlanningFixture(context);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs every task at the same moment on the pool; returns the outcomes. */
    List<BookDayResult> allAtOnce(List<Callable<BookDayResult>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        List<Future<BookDayResult>> futures = new ArrayList<>();
        for (Callable<BookDayResult> task : tasks) {
            futures.add(pool.submit(() -> {
                ready.await();
                return task.call();
            }));
        }
        ready.countDown();
        List<BookDayResult> results = new ArrayList<>();
        for (Future<BookDayResult> future : futures) {
            results.add(future.get(2, TimeUnit.MINUTES));
        }
        return results;
    }

    static Map<Outcome, Integer> count(List<BookDayResult> results) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
        return counts;
    }

    @Test
    void a_thousand_concurrent_bookings_of_ten_places_give_exactly_ten_round_after_round() throws Exception {
        UUID activity = fixture.newActivity(PLACES);
        List<Kid> kids = fixture.enrolledChildren(activity, ATTEMPTS);
        List<LocalDate> days = PlanningFixture.openDays(ROUNDS);

        for (int round = 1; round <= ROUNDS; round++) {
            LocalDate day = days.get(round - 1);
            List<Callable<BookDayResult>> tasks = new ArrayList<>();
            for (Kid kid : kids) {
                tasks.add(() -> bookDay.bookDay(new BookDayCommand(kid.family(), kid.child(), activity, day)));
            }
            long started = System.nanoTime();
            Map<Outcome, Integer> outcomes = count(allAtOnce(tasks));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.info("Planning capacity, round {}: {} concurrent bookings on {} threads for {} places -> {} in {} ms",
                    round, ATTEMPTS, THREADS, PLACES, outcomes, millis);

            assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(
                    Map.of(Outcome.BOOKED, PLACES, Outcome.FULL, ATTEMPTS - PLACES));
            assertThat(fixture.activeReservations(activity, day)).isEqualTo(PLACES);
            assertThat(fixture.taken(activity, day)).isEqualTo(PLACES);
            assertThat(occupancy.dayOccupancy(new DayOccupancyQuery(activity, day)))
                    .isEqualTo(new DayOccupancy(PLACES, PLACES, 0, false, 0));
        }
    }

    @Test
    void the_same_booking_posted_many_times_at_once_has_one_effect() throws Exception {
        UUID activity = fixture.newActivity(PLACES);
        Kid kid = fixture.enrolledChildren(activity, 1).get(0);
        LocalDate day = PlanningFixture.openDays(1).get(0);

        List<Callable<BookDayResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(() -> bookDay.bookDay(new BookDayCommand(kid.family(), kid.child(), activity, day)));
        }
        List<BookDayResult> results = allAtOnce(tasks);

        assertThat(count(results))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Outcome.BOOKED, 1, Outcome.ALREADY_BOOKED, 39));
        assertThat(results).extracting(BookDayResult::reservationId).doesNotContainNull().containsOnly(
                results.stream().filter(r -> r.outcome() == Outcome.BOOKED).findFirst().orElseThrow().reservationId());
        assertThat(fixture.activeReservations(activity, day, kid.child())).isEqualTo(1);
        assertThat(fixture.taken(activity, day)).isEqualTo(1);

        BookDayResult again = bookDay.bookDay(new BookDayCommand(kid.family(), kid.child(), activity, day));
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_BOOKED);
        assertThat(fixture.taken(activity, day)).isEqualTo(1);
    }

    @Test
    void families_posting_twice_at_once_on_a_busy_day_still_get_one_place_each_and_ten_in_all() throws Exception {
        UUID activity = fixture.newActivity(PLACES);
        List<Kid> kids = fixture.enrolledChildren(activity, 50);
        LocalDate day = PlanningFixture.openDays(1).get(0);

        List<Callable<BookDayResult>> tasks = new ArrayList<>();
        for (Kid kid : kids) {
            for (int twice = 0; twice < 2; twice++) {
                tasks.add(() -> bookDay.bookDay(new BookDayCommand(kid.family(), kid.child(), activity, day)));
            }
        }
        Map<Outcome, Integer> outcomes = count(allAtOnce(tasks));

        assertThat(outcomes.get(Outcome.BOOKED)).isEqualTo(PLACES);
        assertThat(outcomes.getOrDefault(Outcome.ALREADY_BOOKED, 0) + outcomes.getOrDefault(Outcome.FULL, 0))
                .isEqualTo(2 * kids.size() - PLACES);
        assertThat(fixture.activeReservations(activity, day)).isEqualTo(PLACES);
        assertThat(fixture.taken(activity, day)).isEqualTo(PLACES);
        for (Kid kid : kids) {
            assertThat(fixture.activeReservations(activity, day, kid.child())).isLessThanOrEqualTo(1);
        }
    }
}
