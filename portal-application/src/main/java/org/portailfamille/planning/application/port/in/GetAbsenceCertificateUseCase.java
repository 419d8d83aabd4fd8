package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;
import java.util.UUID;

/** The medical certificate of an absence, to its own family only (staff: {@link OpenCertificateAsStaffUseCase}). */
public interface GetAbsenceCertificateUseCase {

    /** Empty unless the absence is of {@code child}, a child of {@code family}, and has a certificate. */
    Optional<CertificateDownload> familyCertificate(FamilyId family, ChildId child, UUID absenceId);

}
