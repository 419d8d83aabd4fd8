package org.portailfamille.requests.application.port.in;

import java.util.Optional;
import java.util.UUID;

/**
 * The staff detail of one request, in full. When the request carries sensitive fields (health data, a medical
 * absence), its owning module first records that {@code reader} read them (one audit row per read); a request whose
 * type no module owns stays masked.
 */
public interface ReadRequestUseCase {

    Optional<RequestView> readRequest(UUID id, String reader);
}
