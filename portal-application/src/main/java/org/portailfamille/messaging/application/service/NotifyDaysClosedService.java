package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.DaysClosedNotice;
import org.portailfamille.messaging.application.port.in.NotifyDaysClosedUseCase;
import org.portailfamille.messaging.application.port.out.ClosureTexts;
import org.portailfamille.messaging.application.port.out.FamilyContacts;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.domain.Message;

import java.time.Clock;

public class NotifyDaysClosedService implements NotifyDaysClosedUseCase {

    private final Messages messages;
    private final FamilyContacts contacts;
    private final FamilyMailer mailer;
    private final ClosureTexts texts;
    private final Clock clock;

    public NotifyDaysClosedService(Messages messages, FamilyContacts contacts, FamilyMailer mailer, ClosureTexts texts,
                                   Clock clock) {
        this.messages = messages;
        this.contacts = contacts;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void notifyDaysClosed(DaysClosedNotice notice) {
        if (notice.cancelled().isEmpty()) {
            return;
        }
        String subject = texts.subject(notice);
        String body = texts.body(notice);
        Message message = Message.toFamilyFor(notice.causeId(), notice.familyId(), texts.senderName(), subject, body,
                clock.instant());
        if (!messages.addIfAbsent(message)) {
            return; // already told
        }
        contacts.emailIfAllowed(notice.familyId()).ifPresent(email -> mailer.send(email, subject, body));
    }
}
