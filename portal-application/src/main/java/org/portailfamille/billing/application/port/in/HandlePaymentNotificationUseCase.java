package org.portailfamille.billing.application.port.in;

import java.util.Map;

/**
 * The provider's server-to-server notification: authenticated (signature), then confirmed by asking the provider for
 * the operation's status; a paid operation is recorded as a payment exactly once, however often it is notified.
 */
public interface HandlePaymentNotificationUseCase {

    /** FORGED (bad signature: nothing asked, nothing changed), UNKNOWN, RECORDED, CLOSED, UNCHANGED, UNAVAILABLE. */
    enum Outcome { FORGED, UNKNOWN, RECORDED, CLOSED, UNCHANGED, UNAVAILABLE }

    Outcome handle(Map<String, String> notification);
}
