package org.portailfamille.messaging.application.port.out;

import org.portailfamille.messaging.application.port.in.DeliveryFailure;

import java.util.List;
import java.util.UUID;

/** The notifications the outbox gave up on. */
public interface DeliveryFailures {

    List<DeliveryFailure> latest(int limit);

    boolean retry(UUID id);
}
