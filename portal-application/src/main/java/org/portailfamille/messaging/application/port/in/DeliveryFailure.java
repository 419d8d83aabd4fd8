package org.portailfamille.messaging.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail or SMS the portal gave up sending (after its retries), for staff to correct the address.
 *
 * @param channel   EMAIL or SMS
 * @param recipient the address or phone number that failed
 * @param reference what it was about, e.g. "family:&lt;uuid&gt;" (families' notifications) or "accounts"
 * @param lastError the last answer of the mail server or SMS gateway
 */
public record DeliveryFailure(UUID id, String channel, String recipient, String subject, String reference,
                              int attempts, String lastError, Instant failedAt) {
}
