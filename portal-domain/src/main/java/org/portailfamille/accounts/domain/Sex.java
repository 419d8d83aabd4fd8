package org.portailfamille.accounts.domain;

/** Sexe of a child, as on the family's file. */
public enum Sex {
    FEMALE,
    MALE
}
