package org.portailfamille.billing.application.service;

import org.portailfamille.billing.application.port.in.ListRegiesUseCase;
import org.portailfamille.billing.application.port.in.RegieSummary;
import org.portailfamille.billing.application.port.out.Regies;

import java.util.List;

public class ListRegiesService implements ListRegiesUseCase {

    private final Regies regies;

    public ListRegiesService(Regies regies) {
        this.regies = regies;
    }

    @Override
    public List<RegieSummary> regies() {
        return regies.all().stream()
                .map(regie -> new RegieSummary(regie.id().value(), regie.name(), regie.prefix())).toList();
    }
}
