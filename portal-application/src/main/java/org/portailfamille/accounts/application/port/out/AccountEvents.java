package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.BankDetailsChanged;

/** Publishes the accounts module's events (through the event publication registry). */
public interface AccountEvents {
    void bankDetailsChanged(BankDetailsChanged event);
}
