package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.util.List;

/** The family's unpaid invoices, oldest first, each saying whether it can be paid online now (and why not). */
public interface ListPayableInvoicesUseCase {

    List<PayableInvoice> payableInvoices(FamilyId familyId);

    /** The minimum amount of an online payment (a setting). */
    BigDecimal minimumAmount();
}
