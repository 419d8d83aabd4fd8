package org.portailfamille.messaging.adapter.in.event;

import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.messaging.application.port.in.FamilyNotice;
import org.portailfamille.messaging.application.port.in.NoticeKind;
import org.portailfamille.messaging.application.port.in.NotifyFamilyUseCase;
import org.portailfamille.planning.ActivityDaysClosed;
import org.portailfamille.planning.ActivityScheduleChanged;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells each family whose bookings a change of an activity's weekdays or season cancelled (ADR 0030): a message in
 * its inbox, and an e-mail/SMS as each adult chose. Worded here from the {@code mails} bundle; the cause is the change
 * and the family, so a redelivered event tells nothing twice.
 */
@Component
class ScheduleChangedListener {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", FRENCH);
    /** At most this many cancelled days are listed one by one. */
    private static final int MAX_LINES = 60;

    private final NotifyFamilyUseCase notify;
    private final ListChildrenUseCase children;
    private final MessageSource messages;
    private final String municipalityName;

    ScheduleChangedListener(NotifyFamilyUseCase notify, ListChildrenUseCase children, MessageSource messages,
                            @Value("${portal.municipality.name}") String municipalityName) {
        this.notify = notify;
        this.children = children;
        this.messages = messages;
        this.municipalityName = municipalityName;
    }

    @ApplicationModuleListener
    void on(ActivityScheduleChanged event) {
        String what = event.facilityName().isBlank() ? event.activityName()
                : event.facilityName() + " – " + event.activityName();
        for (FamilyId family : event.familyIds()) {
            Map<ChildId, String> names = children.children(family).stream()
                    .collect(Collectors.toMap(ChildSummary::childId, ChildSummary::firstName, (a, b) -> a));
            List<ActivityDaysClosed.CancelledBooking> days = event.cancelledFor(family);
            StringBuilder lines = new StringBuilder();
            days.stream().limit(MAX_LINES).forEach(day -> lines.append(messages.getMessage("mail.closure.line",
                    new Object[]{names.getOrDefault(day.childId(), ""), day.activityName(), DAY.format(day.day())},
                    FRENCH)).append('\n'));
            if (days.size() > MAX_LINES) {
                lines.append(messages.getMessage("mail.closure.more", new Object[]{days.size() - MAX_LINES}, FRENCH))
                        .append('\n');
            }
            String subject = messages.getMessage("mail.scheduleChanged.subject", new Object[]{what}, FRENCH);
            String body = messages.getMessage("mail.scheduleChanged.body", new Object[]{what,
                    lines.toString().stripTrailing(), municipalityName}, FRENCH);
            String sender = messages.getMessage("mail.decision.sender", new Object[]{municipalityName}, FRENCH);
            UUID causeId = UUID.nameUUIDFromBytes(("schedule-changed:" + event.eventId() + ":" + family.value())
                    .getBytes(StandardCharsets.UTF_8));
            notify.notifyFamily(new FamilyNotice(causeId, family, NoticeKind.NEW_MESSAGE, sender, subject, body,
                    "/famille/enfants", subject));
        }
    }
}
