package org.portailfamille.billing.application.service;

import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.Regie;

import java.util.UUID;

public class CreateRegieService implements CreateRegieUseCase {

    private final Regies regies;

    public CreateRegieService(Regies regies) {
        this.regies = regies;
    }

    @Override
    public UUID createRegie(CreateRegieCommand command) {
        Regie regie = new Regie(RegieId.newId(), command.name(), command.prefix(), command.firstInvoiceNumber(),
                command.firstPaymentNumber());
        regies.add(regie);
        return regie.id().value();
    }
}
