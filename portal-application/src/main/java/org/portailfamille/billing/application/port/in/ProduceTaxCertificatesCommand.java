package org.portailfamille.billing.application.port.in;

import java.util.Objects;

/** Staff produce the attestations fiscales of a tax year (over) for every family. */
public record ProduceTaxCertificatesCommand(int taxYear, String producedBy) {
    public ProduceTaxCertificatesCommand {
        Objects.requireNonNull(producedBy, "producedBy");
    }
}
