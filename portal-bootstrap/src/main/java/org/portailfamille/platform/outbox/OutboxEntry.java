package org.portailfamille.platform.outbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A row of the outbox as the worker and staff see it. */
public record OutboxEntry(UUID id, String idempotencyKey, DeliveryChannel channel, String recipient, String subject,
                          String body, String reference, OutboxStatus status, int attempts,
                          @Nullable String lastError, @Nullable String providerId, Instant createdAt,
                          @Nullable Instant sentAt, @Nullable Instant failedAt) {
}
