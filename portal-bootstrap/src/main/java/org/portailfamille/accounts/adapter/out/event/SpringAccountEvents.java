package org.portailfamille.accounts.adapter.out.event;

import org.portailfamille.accounts.BankDetailsChanged;
import org.portailfamille.accounts.application.port.out.AccountEvents;
import org.springframework.context.ApplicationEventPublisher;

/** The accounts module's events, through Spring (and Modulith's publication registry). */
public class SpringAccountEvents implements AccountEvents {

    private final ApplicationEventPublisher publisher;

    public SpringAccountEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void bankDetailsChanged(BankDetailsChanged event) {
        publisher.publishEvent(event);
    }
}
