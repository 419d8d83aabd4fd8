package org.portailfamille.billing.application.port.in;

/** Staff allocate a family's remaining credit (an overpayment, a credit note) to its invoices. */
public interface AllocateCreditUseCase {
    AllocateCreditResult allocate(AllocateCreditCommand command);
}
