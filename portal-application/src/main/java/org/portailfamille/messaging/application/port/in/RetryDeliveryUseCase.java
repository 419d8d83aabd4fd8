package org.portailfamille.messaging.application.port.in;

import java.util.UUID;

/**
 * Staff send a failed notification again (e.g. after the address was corrected): a command, so that it runs in a
 * read-write transaction (the same method of {@link ListDeliveryFailuresUseCase}, a query by its name, ran
 * read-only and could not write).
 */
public interface RetryDeliveryUseCase {
    /** Puts a failed notification back in the queue; false if unknown. */
    boolean retryDelivery(UUID failureId);
}
