package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.planning.application.port.in.CertificateDownload;
import org.portailfamille.planning.application.port.in.GetAbsenceCertificateUseCase;
import org.portailfamille.planning.application.port.in.OpenCertificateAsStaffUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.CertificateFiles;
import org.portailfamille.planning.application.port.out.Certificates;
import org.portailfamille.planning.domain.Absence;
import org.portailfamille.planning.domain.Certificate;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;
import java.util.UUID;

public class GetAbsenceCertificateService implements GetAbsenceCertificateUseCase, OpenCertificateAsStaffUseCase {

    private final Absences absences;
    private final Certificates certificates;
    private final CertificateFiles files;
    private final AuditHealthDataUseCase healthAudit;

    public GetAbsenceCertificateService(Absences absences, Certificates certificates, CertificateFiles files,
                                        AuditHealthDataUseCase healthAudit) {
        this.absences = absences;
        this.certificates = certificates;
        this.files = files;
        this.healthAudit = healthAudit;
    }

    @Override
    public Optional<CertificateDownload> familyCertificate(FamilyId family, ChildId child, UUID absenceId) {
        return absences.byId(absenceId)
                .filter(absence -> absence.family().equals(family) && absence.child().equals(child))
                .flatMap(absence -> download(absence)
                        .filter(found -> found.certificate().family().equals(family)))
                .map(Found::download);
    }

    @Override
    public Optional<CertificateDownload> staffCertificate(UUID absenceId, String reader) {
        return absences.byId(absenceId).flatMap(absence -> download(absence).map(found -> {
            healthAudit.recordHealthDataRead(reader, absence.child(), "certificate:" + absence.id());
            return found.download();
        }));
    }

    private Optional<Found> download(Absence absence) {
        if (absence.certificateId() == null) {
            return Optional.empty();
        }
        return certificates.byId(absence.certificateId()).flatMap(certificate -> files.read(certificate.id())
                .map(content -> new Found(certificate, new CertificateDownload(certificate.format().mediaType(),
                        "certificat-" + absence.day() + "." + certificate.format().extension(), content))));
    }

    private record Found(Certificate certificate, CertificateDownload download) {
    }
}
