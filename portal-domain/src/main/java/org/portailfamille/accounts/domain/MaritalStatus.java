package org.portailfamille.accounts.domain;

/** Situation familiale. */
public enum MaritalStatus { MARRIED, CIVIL_UNION, COHABITING, SINGLE, SEPARATED, DIVORCED, WIDOWED }
