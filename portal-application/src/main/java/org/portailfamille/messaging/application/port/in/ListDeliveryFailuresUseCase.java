package org.portailfamille.messaging.application.port.in;

import java.util.List;

/** Staff see the notifications that could not be delivered (newest first) (sending one again: {@link RetryDeliveryUseCase}). */
public interface ListDeliveryFailuresUseCase {

    List<DeliveryFailure> deliveryFailures(int limit);

}
