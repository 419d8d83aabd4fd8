package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.NotifyRequestDecisionUseCase;
import org.portailfamille.messaging.application.port.in.RequestDecisionNotice;
import org.portailfamille.messaging.application.port.out.DecisionTexts;
import org.portailfamille.messaging.application.port.out.FamilyContacts;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.domain.Message;

import java.time.Clock;

public class NotifyRequestDecisionService implements NotifyRequestDecisionUseCase {

    private final Messages messages;
    private final FamilyContacts contacts;
    private final FamilyMailer mailer;
    private final DecisionTexts texts;
    private final Clock clock;

    public NotifyRequestDecisionService(Messages messages, FamilyContacts contacts, FamilyMailer mailer,
                                        DecisionTexts texts, Clock clock) {
        this.messages = messages;
        this.contacts = contacts;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void notifyRequestDecision(RequestDecisionNotice notice) {
        String subject = texts.subject(notice.requestType(), notice.accepted());
        String body = texts.body(notice.requestType(), notice.accepted(), notice.refusalReason(), notice.submittedAt());
        Message message = Message.toFamilyFor(notice.requestId(), notice.familyId(), texts.senderName(), subject, body,
                clock.instant());
        if (!messages.addIfAbsent(message)) {
            return; // already told: a redelivered event sends nothing twice
        }
        contacts.emailIfAllowed(notice.familyId()).ifPresent(email -> mailer.send(email, subject, body));
    }
}
