package org.portailfamille.platform.outbox;

/**
 * A notification could not be handed over. {@code permanent}: retrying cannot help (a refused address, a gateway
 * that rejects the number); otherwise the worker retries with back-off.
 */
public class DeliveryException extends Exception {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
