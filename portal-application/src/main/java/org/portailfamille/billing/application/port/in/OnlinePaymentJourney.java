package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * A journey: its operations in order; {@code current} the operation asked for (the one the family came back from),
 * {@code next} the first not started yet.
 */
public record OnlinePaymentJourney(UUID journeyId, List<OnlinePaymentView> operations,
                                   @Nullable OnlinePaymentView current, @Nullable OnlinePaymentView next) {
    public OnlinePaymentJourney {
        operations = List.copyOf(operations);
    }
}
