package org.portailfamille.accounts.domain;

/** Qualité of the guardian: Père, Mère, Tuteur, … */
public enum GuardianRole { FATHER, MOTHER, TUTOR, OTHER }
