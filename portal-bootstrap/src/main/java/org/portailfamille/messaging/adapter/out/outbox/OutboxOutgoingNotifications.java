package org.portailfamille.messaging.adapter.out.outbox;

import org.portailfamille.messaging.application.port.out.OutgoingNotifications;
import org.portailfamille.platform.outbox.Outbox;
import org.portailfamille.platform.outbox.OutgoingNotification;

/** Family e-mails and SMS into the platform's persistent outbox, in the use case's transaction (ADR 0020). */
public class OutboxOutgoingNotifications implements OutgoingNotifications {

    private static final int SMS_LENGTH = 160;

    private final Outbox outbox;

    public OutboxOutgoingNotifications(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void email(String idempotencyKey, String address, String subject, String body, String reference) {
        outbox.enqueue(emailOf(idempotencyKey, address, subject, body, reference));
    }

    @Override
    public void sms(String idempotencyKey, String phoneNumber, String text, String reference) {
        outbox.enqueue(smsOf(idempotencyKey, phoneNumber, text, reference));
    }

    @Override
    public void enqueueAll(java.util.List<Outgoing> notifications) {
        outbox.enqueueAll(notifications.stream().map(one -> one.email()
                ? emailOf(one.idempotencyKey(), one.recipient(), java.util.Objects.requireNonNull(one.subject()),
                        one.body(), one.reference())
                : smsOf(one.idempotencyKey(), one.recipient(), one.body(), one.reference())).toList());
    }

    private static OutgoingNotification emailOf(String idempotencyKey, String address, String subject, String body,
                                              String reference) {
        String line = subject.replaceAll("[\\r\\n]+", " ");
        return OutgoingNotification.email(idempotencyKey, address, line.length() > 300 ? line.substring(0, 300) : line,
                body, reference);
    }

    private static OutgoingNotification smsOf(String idempotencyKey, String phoneNumber, String text, String reference) {
        return OutgoingNotification.sms(idempotencyKey, phoneNumber,
                text.length() > SMS_LENGTH ? text.substring(0, SMS_LENGTH - 1) + "…" : text, reference);
    }
}
