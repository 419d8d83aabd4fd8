package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlinePolicyTest {

    private static final CalendarContext CONTEXT = CalendarContext.withoutClosures();
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    @Test
    void cancellation_same_as_booking() {
        DeadlinePolicy policy = DeadlinePolicy.sameFor(BookingDeadline.theDayBefore(LocalTime.of(18, 0)));

        assertThat(policy.cancellation()).isEqualTo(CancellationRule.sameAsBooking());
        assertThat(policy.cancellationDeadlineFor(WEDNESDAY, CONTEXT)).contains(at(12, 8, 18, 0));
        assertThat(policy.cancellationDeadline()).contains(policy.booking());
        assertThat(policy.canBook(WEDNESDAY, at(12, 8, 18, 0), CONTEXT)).isTrue();
        assertThat(policy.canCancel(WEDNESDAY, at(12, 8, 18, 0), CONTEXT)).isTrue();
        assertThat(policy.canBook(WEDNESDAY, at(12, 8, 18, 1), CONTEXT)).isFalse();
        assertThat(policy.canCancel(WEDNESDAY, at(12, 8, 18, 1), CONTEXT)).isFalse();
    }

    @Test
    void cancellation_not_allowed_once_booked() {
        DeadlinePolicy policy = new DeadlinePolicy(BookingDeadline.theDayBefore(LocalTime.of(18, 0)),
                CancellationRule.notAllowed());

        assertThat(policy.canBook(WEDNESDAY, at(11, 1, 9, 0), CONTEXT)).isTrue();
        assertThat(policy.canCancel(WEDNESDAY, at(11, 1, 9, 0), CONTEXT)).as("even weeks before").isFalse();
        assertThat(policy.cancellationDeadlineFor(WEDNESDAY, CONTEXT)).isEmpty();
        assertThat(policy.cancellationDeadline()).isEmpty();
    }

    @Test
    void vendredi_12h_pour_la_semaine_suivante_annulation_la_veille_12h() {
        DeadlinePolicy policy = new DeadlinePolicy(
                BookingDeadline.weekdayOfPreviousWeek(DayOfWeek.FRIDAY, LocalTime.NOON),
                CancellationRule.until(BookingDeadline.theDayBefore(LocalTime.NOON)));

        assertThat(policy.bookingDeadlineFor(WEDNESDAY, CONTEXT)).isEqualTo(at(12, 4, 12, 0));
        assertThat(policy.cancellationDeadlineFor(WEDNESDAY, CONTEXT)).contains(at(12, 8, 12, 0));
        // Monday 7 December: too late to book Wednesday, still time to cancel it.
        assertThat(policy.canBook(WEDNESDAY, at(12, 7, 10, 0), CONTEXT)).isFalse();
        assertThat(policy.canCancel(WEDNESDAY, at(12, 7, 10, 0), CONTEXT)).isTrue();
        assertThat(policy.canCancel(WEDNESDAY, at(12, 8, 11, 59), CONTEXT)).isTrue();
        assertThat(policy.canCancel(WEDNESDAY, at(12, 8, 12, 1), CONTEXT)).isFalse();
    }

    @Test
    void fifteen_working_days_to_book_and_sixteen_to_cancel() {
        DeadlinePolicy policy = new DeadlinePolicy(
                BookingDeadline.daysBefore(15, BookingDeadline.END_OF_DAY, DayCounting.WORKING_DAYS),
                CancellationRule.until(BookingDeadline.daysBefore(16, BookingDeadline.END_OF_DAY,
                        DayCounting.WORKING_DAYS)));
        LocalDate monday = LocalDate.of(2026, 12, 14);

        assertThat(policy.bookingDeadlineFor(monday, CONTEXT))
                .isEqualTo(LocalDate.of(2026, 11, 23).atTime(LocalTime.MAX));
        assertThat(policy.cancellationDeadlineFor(monday, CONTEXT))
                .contains(LocalDate.of(2026, 11, 20).atTime(LocalTime.MAX));
        // On Sunday 22 November, the day can still be booked but no longer cancelled.
        assertThat(policy.canBook(monday, at(11, 22, 10, 0), CONTEXT)).isTrue();
        assertThat(policy.canCancel(monday, at(11, 22, 10, 0), CONTEXT)).isFalse();
    }

    @Test
    void a_policy_has_both_rules() {
        assertThatThrownBy(() -> new DeadlinePolicy(BookingDeadline.theDayBefore(LocalTime.NOON), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CancellationRule.until(null)).isInstanceOf(NullPointerException.class);
    }
}
