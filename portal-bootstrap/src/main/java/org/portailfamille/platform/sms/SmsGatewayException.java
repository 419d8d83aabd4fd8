package org.portailfamille.platform.sms;

/** The gateway could not take the SMS; {@code permanent} when retrying cannot help (e.g. an invalid number). */
public class SmsGatewayException extends Exception {

    private final boolean permanent;

    public SmsGatewayException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public SmsGatewayException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
