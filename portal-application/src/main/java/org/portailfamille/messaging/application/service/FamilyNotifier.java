package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.out.FamilyContacts;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.util.UUID;

/**
 * Tells a family something once: a portal message whose id derives from its cause, and the same text by e-mail
 * when the family allows it. A redelivered event (same cause) sends nothing twice.
 */
final class FamilyNotifier {

    private final Messages messages;
    private final FamilyContacts contacts;
    private final FamilyMailer mailer;
    private final Clock clock;

    FamilyNotifier(Messages messages, FamilyContacts contacts, FamilyMailer mailer, Clock clock) {
        this.messages = messages;
        this.contacts = contacts;
        this.mailer = mailer;
        this.clock = clock;
    }

    void tellOnce(UUID causeId, FamilyId familyId, String senderName, String subject, String body) {
        Message message = Message.toFamilyFor(causeId, familyId, senderName, subject, body, clock.instant());
        if (!messages.addIfAbsent(message)) {
            return; // already told
        }
        contacts.emailIfAllowed(familyId).ifPresent(email -> mailer.send(email, subject, body));
    }
}
