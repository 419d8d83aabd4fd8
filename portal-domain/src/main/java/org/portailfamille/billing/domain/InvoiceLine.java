package org.portailfamille.billing.domain;

import java.util.UUID;

/** A stored invoice line: the priced line and which billing round of its key it is. */
public record InvoiceLine(UUID id, UUID invoiceId, PricedLine line, int round) {
}
