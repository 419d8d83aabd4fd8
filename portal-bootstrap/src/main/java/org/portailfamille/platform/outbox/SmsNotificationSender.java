package org.portailfamille.platform.outbox;

import org.portailfamille.platform.sms.SmsGateway;
import org.portailfamille.platform.sms.SmsGatewayException;
import org.portailfamille.platform.sms.SmsReceipt;
import org.portailfamille.platform.sms.SmsStatus;

/** SMS of the outbox through the {@link SmsGateway}; the gateway's message id is kept on the row. */
public class SmsNotificationSender implements NotificationSender {

    private final SmsGateway gateway;

    public SmsNotificationSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public String send(OutboxEntry notification) throws DeliveryException {
        try {
            SmsReceipt receipt = gateway.send(notification.recipient(), notification.body(),
                    notification.idempotencyKey());
            if (receipt.status() == SmsStatus.FAILED) {
                throw new DeliveryException("SMS refused by the gateway: " + receipt.detail(), true);
            }
            return receipt.providerId();
        } catch (SmsGatewayException e) {
            throw new DeliveryException(e.getMessage(), e.permanent(), e);
        }
    }
}
