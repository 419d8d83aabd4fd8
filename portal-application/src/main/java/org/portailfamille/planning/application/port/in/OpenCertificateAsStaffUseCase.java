package org.portailfamille.planning.application.port.in;

import java.util.Optional;
import java.util.UUID;

/**
 * For staff ruling an absence: its medical certificate. A read of health data, so a command (it writes the audit
 * row in the child's health-data trail before the file is returned), never a read-only query.
 */
public interface OpenCertificateAsStaffUseCase {

    Optional<CertificateDownload> staffCertificate(UUID absenceId, String reader);
}
