package org.portailfamille.planning.application.service;

import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.CancellationRule;
import org.portailfamille.planning.domain.DayCounting;
import org.portailfamille.planning.domain.DeadlinePolicy;

import java.time.DayOfWeek;

/** Deadline rules of the API, as the domain's policies. */
final class DeadlineRules {

    private DeadlineRules() {
    }

    /** The season of a set-up command (ADR 0030); a bad one is refused. */
    static org.portailfamille.planning.domain.ActivitySeason seasonOf(SetUpActivityCommand command) {
        org.portailfamille.planning.domain.ActivitySeason.Kind kind =
                org.portailfamille.planning.domain.ActivitySeason.Kind.valueOf(command.season());
        return new org.portailfamille.planning.domain.ActivitySeason(kind,
                kind == org.portailfamille.planning.domain.ActivitySeason.Kind.DATED_SESSIONS ? command.sessions()
                        : java.util.List.of());
    }

    static DeadlinePolicy policyOf(SetUpActivityCommand command) {
        BookingDeadline booking = deadlineOf(command.bookingDeadline());
        switch (command.cancellation()) {
            case SetUpActivityCommand.SAME_AS_BOOKING:
                return new DeadlinePolicy(booking, CancellationRule.sameAsBooking());
            case SetUpActivityCommand.NOT_ALLOWED:
                return new DeadlinePolicy(booking, CancellationRule.notAllowed());
            case SetUpActivityCommand.OWN_DEADLINE:
                if (command.cancellationDeadline() == null) {
                    throw new IllegalArgumentException("A cancellation deadline of its own is given");
                }
                return new DeadlinePolicy(booking, CancellationRule.until(deadlineOf(command.cancellationDeadline())));
            default:
                throw new IllegalArgumentException("Unknown cancellation rule " + command.cancellation());
        }
    }

    /** The parameters of a domain deadline. */
    static DeadlineRule ruleOf(BookingDeadline deadline) {
        if (deadline instanceof BookingDeadline.DaysBefore daysBefore) {
            DayCounting counting = daysBefore.counting();
            return new DeadlineRule(DeadlineRule.DAYS_BEFORE, daysBefore.days(), 0, daysBefore.cutOff(),
                    counting.skippedWeekdays(), counting.skipPublicHolidays(), counting.skipClosures());
        }
        if (deadline instanceof BookingDeadline.WeekdayOfEarlierWeek weekly) {
            return new DeadlineRule(DeadlineRule.WEEKDAY_OF_EARLIER_WEEK, weekly.weeksBefore(),
                    weekly.weekday().getValue(), weekly.cutOff(), java.util.Set.of(), false, false);
        }
        BookingDeadline.DayOfEarlierMonth monthly = (BookingDeadline.DayOfEarlierMonth) deadline;
        return new DeadlineRule(DeadlineRule.DAY_OF_EARLIER_MONTH, monthly.monthsBefore(), monthly.dayOfMonth(),
                monthly.cutOff(), java.util.Set.of(), false, false);
    }

    static BookingDeadline deadlineOf(DeadlineRule rule) {
        switch (rule.kind()) {
            case DeadlineRule.DAYS_BEFORE:
                return new BookingDeadline.DaysBefore(rule.count(), rule.cutOff(),
                        new DayCounting(rule.skippedWeekdays(), rule.skipPublicHolidays(), rule.skipClosures()));
            case DeadlineRule.WEEKDAY_OF_EARLIER_WEEK:
                if (rule.day() < 1 || rule.day() > 7) {
                    throw new IllegalArgumentException("A weekday is 1 (Monday) to 7: " + rule.day());
                }
                return new BookingDeadline.WeekdayOfEarlierWeek(rule.count(), DayOfWeek.of(rule.day()), rule.cutOff());
            case DeadlineRule.DAY_OF_EARLIER_MONTH:
                return new BookingDeadline.DayOfEarlierMonth(rule.count(), rule.day(), rule.cutOff());
            default:
                throw new IllegalArgumentException("Unknown deadline rule " + rule.kind());
        }
    }
}
