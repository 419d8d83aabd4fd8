package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.DirectDebitFile;

/** Writes a direct-debit file in the bank's format (SEPA pain.008.001.02 XML, UTF-8). */
public interface DirectDebitFileWriter {
    byte[] write(DirectDebitFile file);
}
