package org.portailfamille.accounts.domain;

/** Civilité. */
public enum Civility { MONSIEUR, MADAME }
