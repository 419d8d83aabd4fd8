package org.portailfamille.platform.sms;

/** What a gateway says of an SMS: accepted for delivery, delivered to the phone, or failed. */
public enum SmsStatus { ACCEPTED, DELIVERED, FAILED }
