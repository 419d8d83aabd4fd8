package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.planning.application.port.in.OpenCertificateAsStaffUseCase;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The medical certificate of an absence, for staff ruling it from the request's detail: an audited read. */
@Controller
class StaffAbsenceCertificateController {

    private final OpenCertificateAsStaffUseCase certificates;

    StaffAbsenceCertificateController(OpenCertificateAsStaffUseCase certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/gestion/absences/{absenceId}/certificat")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal PortalUser agent, @PathVariable String absenceId) {
        return AbsenceDeclarationController.send(certificates.staffCertificate(AbsenceDeclarationController.uuid(absenceId),
                        agent.username())
                .orElseThrow(AbsenceDeclarationController::notFound));
    }
}
