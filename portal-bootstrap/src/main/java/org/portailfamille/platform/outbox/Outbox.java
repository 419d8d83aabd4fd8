package org.portailfamille.platform.outbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The persistent outbox: the only way e-mails and SMS leave the portal (ADR 0020). {@link #enqueue} writes a row in
 * the caller's transaction (so the notification exists if and only if the event that causes it committed); the
 * {@link OutboxWorker} sends it after commit, retries with back-off, and records a failed address. Used by the
 * modules' out-adapters (accounts' and messaging's), never by their application core.
 */
public interface Outbox {

    /** Adds the notification unless one with its idempotency key exists; false when it did. */
    boolean enqueue(OutgoingNotification notification);

    /** Adds them in one statement, each unless one with its idempotency key exists; how many were added. */
    int enqueueAll(List<OutgoingNotification> notifications);

    /** Notifications given up (status FAILED), newest first. */
    List<OutboxEntry> failures(int limit);

    /** Puts a FAILED notification back in the queue, due now, with its attempts reset; false if none such. */
    boolean retry(UUID id);

    Optional<OutboxEntry> byKey(String idempotencyKey);
}
