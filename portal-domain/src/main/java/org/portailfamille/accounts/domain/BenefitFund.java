package org.portailfamille.accounts.domain;

/** Organisme allocataire: CAF, MSA or another scheme. */
public enum BenefitFund { CAF, MSA, OTHER }
