package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.Certificate;

import java.util.Optional;
import java.util.UUID;

/** What is known of the uploaded medical certificates (their files are kept by {@link CertificateFiles}). */
public interface Certificates {

    void add(Certificate certificate);

    Optional<Certificate> byId(UUID id);
}
