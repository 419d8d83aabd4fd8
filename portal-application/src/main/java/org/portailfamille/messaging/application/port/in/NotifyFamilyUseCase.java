package org.portailfamille.messaging.application.port.in;

/**
 * Tells a family something once: a readable message in its "messages reçus" (with the link to what it is about),
 * and an e-mail/SMS to each adult whose preferences for the notice's kind ask for it, enqueued in the outbox in the
 * same transaction. Notifying the same cause again does nothing.
 */
public interface NotifyFamilyUseCase {
    void notifyFamily(FamilyNotice notice);

    /**
     * The same for many notices at once (one per invoice of an invoicing run's chunk), in one transaction with a few
     * statements for all of them (ADR 0047); each notice's cause is told once, as with {@link #notifyFamily}.
     */
    void notifyFamilies(java.util.List<FamilyNotice> notices);
}
