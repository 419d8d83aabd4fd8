package org.portailfamille.platform.outbox;

/** How a notification leaves the portal. */
public enum DeliveryChannel { EMAIL, SMS }
