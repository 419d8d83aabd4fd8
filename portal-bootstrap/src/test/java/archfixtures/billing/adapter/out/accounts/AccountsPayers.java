package archfixtures.billing.adapter.out.accounts;

import archfixtures.accounts.application.port.in.GetPayerUseCase;

/**
 * Breaks "outAdaptersNeverWrapAnotherModulesUseCases": an out-adapter of billing wrapping the accounts module's
 * use case (the billing service should inject {@link GetPayerUseCase} directly).
 */
public class AccountsPayers {

    private final GetPayerUseCase payers;

    public AccountsPayers(GetPayerUseCase payers) {
        this.payers = payers;
    }

    public String payer(String familyId) {
        return payers.payerName(familyId);
    }
}
