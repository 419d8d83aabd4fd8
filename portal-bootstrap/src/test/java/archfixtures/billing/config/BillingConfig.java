package archfixtures.billing.config;

import archfixtures.billing.application.service.PayService;

/** Wiring may name services. */
public class BillingConfig {
    PayService payService() {
        return new PayService();
    }
}
