package org.portailfamille.accounts.application.service;

import org.portailfamille.requests.application.port.in.SubmitRequestCommand;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test fixture: the requests module as the accounts services see it, keeping every request submitted, in order. */
final class SubmittedRequests implements SubmitRequestUseCase {

    final List<SubmitRequestCommand> list = new ArrayList<>();

    @Override
    public UUID submitRequest(SubmitRequestCommand command) {
        list.add(command);
        return UUID.randomUUID();
    }

    SubmitRequestCommand last() {
        return list.get(list.size() - 1);
    }
}
