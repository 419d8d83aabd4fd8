package org.portailfamille.billing.domain;

/** What the payment provider says of an operation when asked: paid, refused, abandoned, or not finished yet. */
public enum ProviderResult { PAID, REFUSED, ABANDONED, IN_PROGRESS }
