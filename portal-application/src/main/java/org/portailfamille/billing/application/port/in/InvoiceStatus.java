package org.portailfamille.billing.application.port.in;

/**
 * UNPAID, PARTLY_PAID, PAID (by payments or credit notes), TITLED (handed to the treasury), DIRECT_DEBIT_PENDING
 * ("prélèvement en cours": put in a SEPA file whose debit date has not come yet).
 */
public enum InvoiceStatus { UNPAID, PARTLY_PAID, PAID, TITLED, DIRECT_DEBIT_PENDING }
