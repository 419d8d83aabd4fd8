package org.portailfamille.platform.sms;

import java.util.Optional;

/**
 * The out-port through which every SMS leaves (only the outbox worker calls it). Production: {@link HttpSmsGateway};
 * demo and tests: {@link RecordingSmsGateway}.
 */
public interface SmsGateway {

    /**
     * Hands an SMS to the gateway.
     *
     * @param reference the outbox idempotency key: a gateway that supports it ignores a second send with it
     * @throws SmsGatewayException when the gateway is unreachable or refuses the message
     */
    SmsReceipt send(String phoneNumber, String text, String reference) throws SmsGatewayException;

    /** The latest status the gateway knows of a message it accepted. */
    Optional<SmsStatus> status(String providerId) throws SmsGatewayException;
}
