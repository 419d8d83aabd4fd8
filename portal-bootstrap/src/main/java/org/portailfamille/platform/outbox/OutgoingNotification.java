package org.portailfamille.platform.outbox;

import java.util.Objects;

/**
 * An e-mail or SMS to send once.
 *
 * @param idempotencyKey identifies the notification (e.g. "messaging:&lt;message&gt;:GUARDIAN:EMAIL"): enqueuing the
 *                       same key again (a replayed event) adds nothing; at most 200 characters
 * @param recipient      an e-mail address or a phone number
 * @param subject        the e-mail's subject ("" for an SMS)
 * @param reference      what it is about, shown to staff with failures (e.g. "family:&lt;uuid&gt;")
 */
public record OutgoingNotification(String idempotencyKey, DeliveryChannel channel, String recipient, String subject,
                                   String body, String reference) {
    public OutgoingNotification {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reference, "reference");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("An idempotency key has 1 to 200 characters");
        }
        if (recipient.isBlank() || recipient.length() > 320) {
            throw new IllegalArgumentException("A recipient has 1 to 320 characters");
        }
        if (subject.length() > 300) {
            throw new IllegalArgumentException("A subject has at most 300 characters");
        }
    }

    public static OutgoingNotification email(String idempotencyKey, String address, String subject, String body,
                                             String reference) {
        return new OutgoingNotification(idempotencyKey, DeliveryChannel.EMAIL, address, subject, body, reference);
    }

    public static OutgoingNotification sms(String idempotencyKey, String phoneNumber, String text, String reference) {
        return new OutgoingNotification(idempotencyKey, DeliveryChannel.SMS, phoneNumber, "", text, reference);
    }
}
