package org.portailfamille.billing.application.port.in;

/** UNPAID, PARTLY_PAID, PAID (by payments or credit notes), TITLED (handed to the treasury). */
public enum InvoiceStatus { UNPAID, PARTLY_PAID, PAID, TITLED }
