package org.portailfamille.platform.outbox;

import org.jspecify.annotations.Nullable;

/** Hands one outbox notification to the world (SMTP server, SMS gateway). */
public interface NotificationSender {

    DeliveryChannel channel();

    /**
     * Sends it; returns the provider's id if it gives one (SMS gateway), null otherwise.
     *
     * @throws DeliveryException when it was not accepted
     */
    @Nullable String send(OutboxEntry notification) throws DeliveryException;
}
