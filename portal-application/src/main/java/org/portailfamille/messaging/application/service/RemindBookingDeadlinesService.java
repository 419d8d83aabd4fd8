package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.RemindBookingDeadlinesUseCase;
import org.portailfamille.messaging.application.port.out.BookingReminderTexts;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.planning.application.port.in.FindUnbookedRegularDaysUseCase;
import org.portailfamille.planning.application.port.in.UnbookedRegularDay;
import org.portailfamille.shared.FamilyId;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Asks planning for tomorrow's deadlines of regular days not booked and tells each family once: the notice's cause
 * is derived from the family and the deadline day, so a rerun (or a second instance) adds nothing.
 */
public class RemindBookingDeadlinesService implements RemindBookingDeadlinesUseCase {

    private final FindUnbookedRegularDaysUseCase unbookedDays;
    private final FamilyNotifier notifier;
    private final BookingReminderTexts texts;
    private final Clock clock;

    public RemindBookingDeadlinesService(FindUnbookedRegularDaysUseCase unbookedDays, FamilyNotifier notifier,
                                         BookingReminderTexts texts, Clock clock) {
        this.unbookedDays = unbookedDays;
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public int remindBookingDeadlines() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Map<FamilyId, List<UnbookedRegularDay>> byFamily = unbookedDays.unbookedRegularDaysDueOn(tomorrow).stream()
                .collect(Collectors.groupingBy(UnbookedRegularDay::familyId, LinkedHashMap::new, Collectors.toList()));
        int told = 0;
        for (Map.Entry<FamilyId, List<UnbookedRegularDay>> family : byFamily.entrySet()) {
            String lines = family.getValue().stream()
                    .map(day -> texts.line(day.childFirstName(), day.activityName(), day.day(), day.deadline()))
                    .collect(Collectors.joining("\n"));
            if (notifier.tellOnce(causeOf(family.getKey(), tomorrow), family.getKey(),
                    NotificationKind.BOOKING_DEADLINE_TOMORROW, texts.senderName(), texts.subject(tomorrow),
                    texts.body(tomorrow, lines), texts.link())) {
                told++;
            }
        }
        return told;
    }

    /** One reminder per family and deadline day. */
    static UUID causeOf(FamilyId family, LocalDate deadlineDay) {
        return UUID.nameUUIDFromBytes(("booking-deadline-reminder:" + family.value() + ":" + deadlineDay)
                .getBytes(StandardCharsets.UTF_8));
    }
}
