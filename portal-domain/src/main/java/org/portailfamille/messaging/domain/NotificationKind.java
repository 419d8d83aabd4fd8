package org.portailfamille.messaging.domain;

/** The kinds of event an adult may be told about by e-mail and SMS. */
public enum NotificationKind { REQUEST_DECIDED, PLACE_OFFERED, BOOKING_DEADLINE_TOMORROW, NEW_INVOICE, NEW_MESSAGE }
