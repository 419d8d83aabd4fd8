package org.portailfamille.planning.application.service;

import org.junit.jupiter.api.BeforeEach;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What the planning service tests share: in-memory ports on a clock set to Monday 1 March 2027 in Paris, the
 * set-up, enrolment, booking, cancelling and waiting-list services on them, and one facility created before each test.
 */
abstract class PlanningServicesFixture {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 1 March 2027, 10:00 in Paris. */
    static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2027, 3, 1, 10, 0);
    static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);

    final InMemoryPlanning store = new InMemoryPlanning();
    final MutableClock clock = new MutableClock(MONDAY_MORNING.atZone(PARIS).toInstant(), PARIS);

    final SetUpFacilityService setUpFacility = new SetUpFacilityService(store.facilities);
    final SetUpActivityService setUpActivity = new SetUpActivityService(store.facilities, store.activities);
    final EnrolChildService enrol = new EnrolChildService(store.days, store.activities, store.enrolments,
            store.reservations, store.activityDays, (from, to) -> java.util.Map.of(), clock);
    final BookDayService book = new BookDayService(store.days, store.reservations, store.activityDays,
            store.waitingLists, store.bookingPeriods, store.requestRecords, clock);
    final CancelDayService cancel = new CancelDayService(store.days, store.reservations, store.activityDays,
            store.freedPlaces, store.requestRecords, clock);
    final JoinWaitingListService join = new JoinWaitingListService(store.days, store.reservations, store.activityDays,
            store.waitingLists, store.offers, clock);

    UUID facility;

    record Kid(FamilyId family, ChildId child) {
    }

    @BeforeEach
    void createFacility() {
        facility = setUpFacility.setUpFacility(new SetUpFacilityCommand("ALSH Les Pins"));
    }
}
