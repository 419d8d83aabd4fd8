package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.CertificateRecord;
import org.portailfamille.planning.application.port.out.Certificates;
import org.portailfamille.planning.domain.Certificate;
import org.portailfamille.planning.domain.CertificateFormat;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.CERTIFICATE;

/** The metadata of medical certificates (their content is on the file system). */
@Repository
class JooqCertificates implements Certificates {

    private final DSLContext dsl;

    JooqCertificates(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Certificate certificate) {
        dsl.insertInto(CERTIFICATE)
                .set(CERTIFICATE.ID, certificate.id())
                .set(CERTIFICATE.FAMILY_ID, certificate.family().value())
                .set(CERTIFICATE.CHILD_ID, certificate.child().value())
                .set(CERTIFICATE.MEDIA_TYPE, certificate.format().mediaType())
                .set(CERTIFICATE.SIZE, certificate.size())
                .set(CERTIFICATE.SHA256, certificate.sha256())
                .set(CERTIFICATE.UPLOADED_AT, Timestamps.utc(certificate.uploadedAt()))
                .execute();
    }

    @Override
    public Optional<Certificate> byId(UUID id) {
        return dsl.selectFrom(CERTIFICATE).where(CERTIFICATE.ID.eq(id)).fetchOptional(JooqCertificates::toCertificate);
    }

    private static Certificate toCertificate(CertificateRecord row) {
        return new Certificate(row.getId(), new FamilyId(row.getFamilyId()), new ChildId(row.getChildId()),
                CertificateFormat.ofMediaType(row.getMediaType()), row.getSize(), row.getSha256(),
                row.getUploadedAt().toInstant());
    }
}
