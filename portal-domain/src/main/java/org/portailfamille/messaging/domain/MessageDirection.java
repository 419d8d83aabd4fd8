package org.portailfamille.messaging.domain;

/** Who wrote a message: the facility staff to a family, or the family to the staff. */
public enum MessageDirection { TO_FAMILY, FROM_FAMILY }
