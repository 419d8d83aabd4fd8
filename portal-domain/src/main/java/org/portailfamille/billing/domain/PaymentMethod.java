package org.portailfamille.billing.domain;

/**
 * Mode de règlement. TREASURY_TITLE is "Titre émis (ORMC n°X)": the debt handed to the public treasury, which the
 * portal no longer follows.
 */
public enum PaymentMethod { CHEQUE, CASH, CARD, DIRECT_DEBIT, BANK_TRANSFER, CESU, TREASURY_TITLE }
