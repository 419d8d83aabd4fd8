package org.portailfamille.accounts.application.port.in;

/** The area a login opens: the family pages or the back office. */
public enum UserRole { PARENT, STAFF }
