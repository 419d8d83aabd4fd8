package org.portailfamille.accounts.domain;

/** Who a login belongs to: a parent (family area) or a member of staff (back office). */
public enum AccountRole { PARENT, STAFF }
