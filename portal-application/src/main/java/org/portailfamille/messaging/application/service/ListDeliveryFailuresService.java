package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.DeliveryFailure;
import org.portailfamille.messaging.application.port.in.ListDeliveryFailuresUseCase;
import org.portailfamille.messaging.application.port.in.RetryDeliveryUseCase;
import org.portailfamille.messaging.application.port.out.DeliveryFailures;

import java.util.List;
import java.util.UUID;

public class ListDeliveryFailuresService implements ListDeliveryFailuresUseCase, RetryDeliveryUseCase {

    private final DeliveryFailures failures;

    public ListDeliveryFailuresService(DeliveryFailures failures) {
        this.failures = failures;
    }

    @Override
    public List<DeliveryFailure> deliveryFailures(int limit) {
        return failures.latest(Math.min(Math.max(limit, 0), 500));
    }

    @Override
    public boolean retryDelivery(UUID failureId) {
        return failures.retry(failureId);
    }
}
