package org.portailfamille.messaging.application.port.out;

/**
 * E-mails and SMS to family adults. Implementations only enqueue them in the persistent outbox, in the current
 * transaction (sent after commit; the same key enqueues once).
 */
public interface OutgoingNotifications {

    void email(String idempotencyKey, String address, String subject, String body, String reference);

    void sms(String idempotencyKey, String phoneNumber, String text, String reference);
}
