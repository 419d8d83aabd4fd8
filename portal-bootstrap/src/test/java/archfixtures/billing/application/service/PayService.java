package archfixtures.billing.application.service;

import archfixtures.billing.application.port.in.PayUseCase;

/** A well-behaved service. */
public class PayService implements PayUseCase {
    @Override
    public void pay(String number) {
    }
}
