package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.DirectDebitAnnounced;
import org.portailfamille.billing.DirectDebitRejected;

/** Where direct-debit events go (published in the exporting or rejecting transaction). */
public interface DirectDebitEvents {

    void announced(DirectDebitAnnounced event);

    void rejected(DirectDebitRejected event);
}
