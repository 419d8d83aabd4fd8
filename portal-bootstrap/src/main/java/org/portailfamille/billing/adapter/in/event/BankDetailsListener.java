package org.portailfamille.billing.adapter.in.event;

import org.portailfamille.accounts.BankDetailsChanged;
import org.portailfamille.billing.application.port.in.BankDetailsNotice;
import org.portailfamille.billing.application.port.in.SetUpDirectDebitUseCase;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Sets up (or revokes) the SEPA mandate when a family's bank details are accepted. */
@Component
class BankDetailsListener {

    private final SetUpDirectDebitUseCase directDebit;
    private final Clock clock;

    BankDetailsListener(SetUpDirectDebitUseCase directDebit, Clock clock) {
        this.directDebit = directDebit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BankDetailsChanged event) {
        directDebit.bankDetailsAccepted(new BankDetailsNotice(event.familyId(), event.familyNumber(),
                event.accountHolder(), event.iban(), event.bic().isEmpty() ? "NOTPROVIDED" : event.bic(),
                event.directDebit(), LocalDate.ofInstant(event.changedAt(), clock.getZone())));
    }
}
