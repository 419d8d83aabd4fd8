package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.NotifyPlaceOfferUseCase;
import org.portailfamille.messaging.application.port.in.PlaceOfferNotice;
import org.portailfamille.messaging.application.port.out.FamilyContacts;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.application.port.out.PlaceOfferTexts;
import org.portailfamille.messaging.domain.Message;

import java.time.Clock;

public class NotifyPlaceOfferService implements NotifyPlaceOfferUseCase {

    private final Messages messages;
    private final FamilyContacts contacts;
    private final FamilyMailer mailer;
    private final PlaceOfferTexts texts;
    private final Clock clock;

    public NotifyPlaceOfferService(Messages messages, FamilyContacts contacts, FamilyMailer mailer,
                                   PlaceOfferTexts texts, Clock clock) {
        this.messages = messages;
        this.contacts = contacts;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void notifyPlaceOffer(PlaceOfferNotice notice) {
        String subject = texts.subject(notice.activityName(), notice.day());
        String body = texts.body(notice.childName(), notice.activityName(), notice.day(), notice.expiresAt());
        Message message = Message.toFamilyFor(notice.offerId(), notice.familyId(), texts.senderName(), subject, body,
                clock.instant());
        if (!messages.addIfAbsent(message)) {
            return; // already told: a redelivered event sends nothing twice
        }
        contacts.emailIfAllowed(notice.familyId()).ifPresent(email -> mailer.send(email, subject, body));
    }
}
