package org.portailfamille.messaging.application.service;

import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.domain.Message;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells a family something once: a portal message whose id derives from its cause, and the same text by e-mail
 * when the family allows it (the guardian's address, from the accounts module's published use case). A redelivered event (same cause) sends nothing twice.
 */
final class FamilyNotifier {

    private final Messages messages;
    private final GetFamilyFileUseCase familyFiles;
    private final FamilyMailer mailer;
    private final Clock clock;

    FamilyNotifier(Messages messages, GetFamilyFileUseCase familyFiles, FamilyMailer mailer, Clock clock) {
        this.messages = messages;
        this.familyFiles = familyFiles;
        this.mailer = mailer;
        this.clock = clock;
    }

    void tellOnce(UUID causeId, FamilyId familyId, String senderName, String subject, String body) {
        Message message = Message.toFamilyFor(causeId, familyId, senderName, subject, body, clock.instant());
        if (!messages.addIfAbsent(message)) {
            return; // already told
        }
        emailIfAllowed(familyId).ifPresent(email -> mailer.send(email, subject, body));
    }

    /** The guardian's e-mail address when there is one and "Autorisation courriel" is Oui. */
    private Optional<String> emailIfAllowed(FamilyId familyId) {
        return familyFiles.familyFile(familyId)
                .map(file -> file.guardian())
                .filter(guardian -> guardian.emailConsent() && !guardian.email().isBlank())
                .map(guardian -> guardian.email());
    }
}
