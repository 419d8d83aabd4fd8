package org.portailfamille.messaging.adapter.in.event;

import org.portailfamille.messaging.application.port.in.FamilyNotice;
import org.portailfamille.messaging.application.port.in.NoticeKind;
import org.portailfamille.messaging.application.port.in.NotifyFamilyUseCase;
import org.portailfamille.planning.PlanningChangedByStaff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Tells a family when a member of staff changed its child's planning on its behalf (ADR 0032): a message naming who
 * did it, what and for which day, and the reason when the usual deadline was overridden, linking to the child's
 * planning; e-mail/SMS as each adult chose for staff messages. The cause is the staff action: told once.
 */
@Component
class PlanningChangedByStaffListener {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);

    private final NotifyFamilyUseCase notify;
    private final MessageSource messages;
    private final String municipalityName;

    PlanningChangedByStaffListener(NotifyFamilyUseCase notify, MessageSource messages,
                                   @Value("${portal.municipality.name}") String municipalityName) {
        this.notify = notify;
        this.messages = messages;
        this.municipalityName = municipalityName;
    }

    @ApplicationModuleListener
    void on(PlanningChangedByStaff event) {
        UUID causeId = UUID.nameUUIDFromBytes(("planning-changed-by-staff:" + event.actionId())
                .getBytes(StandardCharsets.UTF_8));
        Object[] args = {event.childName(), event.activityName(), DAY.format(event.day()), event.staffName(),
                municipalityName};
        String subject = messages.getMessage("mail.staffAction.subject." + event.action(), args, FRENCH);
        StringBuilder body = new StringBuilder(messages.getMessage("mail.staffAction.body." + event.action(), args,
                FRENCH));
        if (event.deadlineOverridden()) {
            body.append(messages.getMessage("mail.staffAction.override",
                    new Object[]{event.staffName(), event.reason()}, FRENCH));
        }
        body.append(messages.getMessage("mail.staffAction.footer", new Object[]{municipalityName}, FRENCH));
        String sender = messages.getMessage("mail.staffAction.sender", new Object[]{municipalityName}, FRENCH);
        String sms = messages.getMessage("sms.NEW_MESSAGE", new Object[]{subject, municipalityName}, FRENCH);
        String link = "/famille/enfants/" + event.childId().value() + "/planning?mois=" + YearMonth.from(event.day());
        notify.notifyFamily(new FamilyNotice(causeId, event.familyId(), NoticeKind.NEW_MESSAGE, sender, subject,
                body.toString(), link, sms));
    }
}
