package org.portailfamille.messaging.adapter.out.outbox;

import org.portailfamille.messaging.application.port.in.DeliveryFailure;
import org.portailfamille.messaging.application.port.out.DeliveryFailures;
import org.portailfamille.platform.outbox.Outbox;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The outbox's FAILED rows, for staff. */
public class OutboxDeliveryFailures implements DeliveryFailures {

    private final Outbox outbox;

    public OutboxDeliveryFailures(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<DeliveryFailure> latest(int limit) {
        return outbox.failures(limit).stream().map(entry -> new DeliveryFailure(entry.id(), entry.channel().name(),
                entry.recipient(), entry.subject(), entry.reference(), entry.attempts(),
                Objects.requireNonNullElse(entry.lastError(), ""),
                Objects.requireNonNullElse(entry.failedAt(), entry.createdAt()))).toList();
    }

    @Override
    public boolean retry(UUID id) {
        return outbox.retry(id);
    }
}
