package org.portailfamille.planning;

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
import org.portailfamille.planning.application.port.in.CancelDayCommand;
import org.portailfamille.planning.application.port.in.CancelDayOutcome;
import org.portailfamille.planning.application.port.in.CancelDayUseCase;
import org.portailfamille.planning.application.port.in.ChangeActivityUseCase;
import org.portailfamille.planning.application.port.in.CloseDaysCommand;
import org.portailfamille.planning.application.port.in.CloseDaysResult;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.in.JoinWaitingListCommand;
import org.portailfamille.planning.application.port.in.JoinWaitingListResult;
import org.portailfamille.planning.application.port.in.JoinWaitingListUseCase;
import org.portailfamille.planning.application.port.in.ListFamilyWaitingUseCase;
import org.portailfamille.planning.application.port.in.ListPlaceOffersUseCase;
import org.portailfamille.planning.application.port.in.ManageClosuresUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.DateRange;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On the real database (branch seasons-grid): closing a day withdraws its pending place offers (their places freed)
 * and empties its waiting lists; an activity's season (ADR 0030) is stored and read back, and changing it cancels
 * the bookings of days no longer offered and tells their families through the notification path.
 */
@PortalIntegrationTest
class SeasonsAndClosuresIntegrationTest {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired ApplicationContext context;
    @Autowired RegisterFamilyUseCase registerFamily;
    @Autowired RegisterChildUseCase registerChild;
    @Autowired EnrolChildUseCase enrol;
    @Autowired BookDayUseCase book;
    @Autowired CancelDayUseCase cancel;
    @Autowired JoinWaitingListUseCase join;
    @Autowired ListPlaceOffersUseCase offers;
    @Autowired ListFamilyWaitingUseCase waiting;
    @Autowired ManageClosuresUseCase closures;
    @Autowired ChangeActivityUseCase changeActivity;
    @Autowired ViewPlanningSetUpUseCase view;
    @Autowired CountUnreadMessagesUseCase unread;
    @Autowired DataSource dataSource;

    record Family(FamilyId id, ChildId child) {
    }

    private Family family(String childName) {
        long n = SEQUENCE.incrementAndGet();
        FamilyId id = registerFamily.registerFamily(new RegisterFamilyCommand("6" + String.format("%012d", n),
                new AdultDetails("MADAME", "SAISON" + n, "ALICE", "2 RUE DU TEST", "31400", "SAINT - JEAN", "", "",
                        "", "saison" + n + "@example.org", false, false, "", "", "", ""), "MOTHER", "SINGLE", null));
        ChildId child = registerChild.registerChild(new RegisterChildCommand(id, childName, "SAISON" + n,
                LocalDate.of(2018, 5, 4), "FEMALE", "École Jules Ferry", "CE2", true, true, List.of(),
                new HealthDetails("", "", "", "", false, true, false, "")));
        return new Family(id, child);
    }

    private void enrolled(Family family, UUID activity) {
        enrol.enrolChild(new EnrolChildCommand(family.id(), family.child(), activity, LocalDate.now(TestClock.PORTAL),
                LocalDate.now(TestClock.PORTAL).plusMonths(6), Set.of()));
    }

    private BookDayResult.Outcome booked(Family family, UUID activity, LocalDate day) {
        return book.bookDay(new BookDayCommand(family.id(), family.child(), activity, day)).outcome();
    }

    @Test
    void closing_a_day_withdraws_its_place_offers_and_waiting_entries_and_frees_the_offered_place() {
        PlanningFixture fixture = new PlanningFixture(context);
        UUID activity = fixture.newActivity(1);
        UUID facility = view.activity(activity).orElseThrow().facilityId();
        LocalDate day = PlanningFixture.openDays(1).get(0);
        Family booked = family("LOU");
        Family offered = family("EMMA");
        Family second = family("TOM");
        for (Family family : List.of(booked, offered, second)) {
            enrolled(family, activity);
        }
        assertThat(booked(booked, activity, day)).isEqualTo(BookDayResult.Outcome.BOOKED);
        for (Family family : List.of(offered, second)) {
            assertThat(join.joinWaitingList(new JoinWaitingListCommand(family.id(), family.child(), activity, day))
                    .outcome()).isEqualTo(JoinWaitingListResult.Outcome.JOINED);
            TestClock.PORTAL.advance(Duration.ofSeconds(1));
        }
        assertThat(cancel.cancelDay(new CancelDayCommand(booked.id(), booked.child(), activity, day)))
                .isEqualTo(CancelDayOutcome.CANCELLED);
        assertThat(offers.placeOffers(offered.id())).singleElement()
                .satisfies(offer -> assertThat(offer.childName()).contains("EMMA"));
        assertThat(waiting.familyWaiting(second.id())).hasSize(1);
        assertThat(fixture.taken(activity, day)).as("the offer holds the place").isEqualTo(1);

        CloseDaysResult result = closures.closeDays(new CloseDaysCommand(facility, activity, day, day, "WORKS",
                "Travaux de peinture"));

        assertThat(result.withdrawnOffers()).isEqualTo(1);
        assertThat(result.withdrawnWaitingEntries()).isEqualTo(1);
        assertThat(offers.placeOffers(offered.id())).isEmpty();
        assertThat(waiting.familyWaiting(second.id())).isEmpty();
        assertThat(fixture.taken(activity, day)).as("the withdrawn offer's place is freed").isZero();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT status FROM planning.place_offer WHERE activity_id = ? AND day = ?", String.class,
                activity, day)).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_season_of_dated_sessions_is_kept_and_narrowing_it_cancels_the_days_left_out_and_tells_the_family() {
        PlanningFixture fixture = new PlanningFixture(context);
        UUID activity = fixture.newActivity(5);
        UUID facility = view.activity(activity).orElseThrow().facilityId();
        List<LocalDate> days = PlanningFixture.openDays(2);
        LocalDate kept = days.get(0);
        LocalDate leftOut = days.get(1);
        Family family = family("ZOÉ");
        enrolled(family, activity);
        assertThat(booked(family, activity, kept)).isEqualTo(BookDayResult.Outcome.BOOKED);
        assertThat(booked(family, activity, leftOut)).isEqualTo(BookDayResult.Outcome.BOOKED);
        int unreadBefore = unread.countUnreadMessages(family.id());

        SetUpActivityCommand camp = new SetUpActivityCommand(facility, UUID.randomUUID(), "Séjour d'été",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 5, 2, "CONFIRMED_AT_ONCE",
                DeadlineRule.daysBefore(1, LocalTime.of(18, 0)), SetUpActivityCommand.SAME_AS_BOOKING, null)
                .inSeason(SetUpActivityCommand.DATED_SESSIONS, List.of(new DateRange(kept, kept)));
        assertThat(changeActivity.changeActivity(activity, camp)).isTrue();

        assertThat(view.activity(activity)).hasValueSatisfying(stored -> {
            assertThat(stored.season()).isEqualTo("DATED_SESSIONS");
            assertThat(stored.sessions()).containsExactly(new DateRange(kept, kept));
        });
        assertThat(fixture.activeReservations(activity, kept)).isEqualTo(1);
        assertThat(fixture.activeReservations(activity, leftOut)).isZero();
        assertThat(fixture.taken(activity, leftOut)).isZero();
        assertThat(booked(family, activity, leftOut)).isEqualTo(BookDayResult.Outcome.NOT_RUNNING_THAT_DAY);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(unread.countUnreadMessages(family.id())).isEqualTo(unreadBefore + 1));
    }
}
