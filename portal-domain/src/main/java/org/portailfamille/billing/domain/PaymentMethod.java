package org.portailfamille.billing.domain;

/** Mode de règlement. */
public enum PaymentMethod { CHEQUE, CASH, CARD, DIRECT_DEBIT, BANK_TRANSFER, CESU }
