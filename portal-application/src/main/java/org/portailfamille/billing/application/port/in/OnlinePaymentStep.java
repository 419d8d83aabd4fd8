package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.net.URI;

/**
 * Where the family goes next in a journey: the provider's page of the next invoice, or nowhere (every operation was
 * sent: the summary), or the journey is not theirs ({@code found} false), or the provider cannot be reached now.
 */
public record OnlinePaymentStep(boolean found, @Nullable URI paymentPage, boolean providerUnavailable) {

    public static OnlinePaymentStep notFound() {
        return new OnlinePaymentStep(false, null, false);
    }

    public static OnlinePaymentStep done() {
        return new OnlinePaymentStep(true, null, false);
    }
}
