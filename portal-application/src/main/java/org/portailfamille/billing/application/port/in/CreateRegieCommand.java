package org.portailfamille.billing.application.port.in;

/** A new régie, its number prefix and where its invoice and payment numbering continues from. */
public record CreateRegieCommand(String name, String prefix, long firstInvoiceNumber, long firstPaymentNumber) {
}
