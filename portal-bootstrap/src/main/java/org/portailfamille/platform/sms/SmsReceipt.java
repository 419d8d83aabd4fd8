package org.portailfamille.platform.sms;

/** The gateway's answer: its id for the message, the status, a detail (the reason of a failure). */
public record SmsReceipt(String providerId, SmsStatus status, String detail) {
}
