package org.portailfamille.billing.application.port.in;

/**
 * What a line of the "Relevé des opérations" is. INVOICE: "Facture : 01/04/2015 - 30/04/2015"; PAYMENT:
 * "Règlement : Chèque" (method code given); TREASURY_TITLE: "Titre émis (ORMC n°X)"; CREDIT_NOTE: "Avoir sur
 * facture AL-36"; PAYMENT_CANCELLATION: "Annulation du règlement AL-228".
 */
public enum OperationKind { INVOICE, PAYMENT, TREASURY_TITLE, CREDIT_NOTE, PAYMENT_CANCELLATION }
