package org.portailfamille.messaging.application.port.in;

import java.util.List;
import java.util.UUID;

/** Staff see the notifications that could not be delivered (newest first) and may send one again. */
public interface ListDeliveryFailuresUseCase {

    List<DeliveryFailure> deliveryFailures(int limit);

    /** Puts a failed notification back in the queue (e.g. after the address was corrected); false if unknown. */
    boolean retryDelivery(UUID failureId);
}
