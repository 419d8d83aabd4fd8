package org.portailfamille.messaging.application.port.in;

import java.util.UUID;

/** Staff put a failed notification back in the queue (e.g. after the address was corrected). */
public interface RetryDeliveryUseCase {

    /** False if no failed notification has this id. */
    boolean retryDelivery(UUID failureId);
}
