package org.portailfamille.messaging.application.port.out;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * E-mails and SMS to family adults. Implementations only enqueue them in the persistent outbox, in the current
 * transaction (sent after commit; the same key enqueues once).
 */
public interface OutgoingNotifications {

    void email(String idempotencyKey, String address, String subject, String body, String reference);

    void sms(String idempotencyKey, String phoneNumber, String text, String reference);

    /** An e-mail or SMS to enqueue with others ({@code subject} is null for an SMS). */
    record Outgoing(String idempotencyKey, boolean email, String recipient, @Nullable String subject, String body,
                    String reference) {
    }

    /** Enqueues them all in one statement, as {@link #email} and {@link #sms} would one by one (ADR 0047). */
    default void enqueueAll(List<Outgoing> notifications) {
        for (Outgoing one : notifications) {
            if (one.email()) {
                email(one.idempotencyKey(), one.recipient(), java.util.Objects.requireNonNull(one.subject()),
                        one.body(), one.reference());
            } else {
                sms(one.idempotencyKey(), one.recipient(), one.body(), one.reference());
            }
        }
    }
}
