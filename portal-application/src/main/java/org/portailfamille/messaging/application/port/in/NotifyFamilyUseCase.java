package org.portailfamille.messaging.application.port.in;

/**
 * Tells a family something once: a readable message in its "messages reçus" (with the link to what it is about),
 * and an e-mail/SMS to each adult whose preferences for the notice's kind ask for it, enqueued in the outbox in the
 * same transaction. Notifying the same cause again does nothing.
 */
public interface NotifyFamilyUseCase {
    void notifyFamily(FamilyNotice notice);
}
