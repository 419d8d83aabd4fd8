package org.portailfamille.requests.application.port.in;

import java.util.UUID;

/** Records a pending request. */
public interface SubmitRequestUseCase {
    UUID submitRequest(SubmitRequestCommand command);
}
