package org.portailfamille.planning.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** The certificates' content, kept outside the web folder under their id, never under the family's file name. */
public interface CertificateFiles {

    void write(UUID id, byte[] content);

    Optional<byte[]> read(UUID id);

    /** Removes the file of a certificate that was not kept (a declaration that did not go through). */
    void delete(UUID id);
}
