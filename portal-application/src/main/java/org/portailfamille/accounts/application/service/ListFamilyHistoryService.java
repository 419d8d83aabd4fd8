package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.FamilyHistoryLine;
import org.portailfamille.accounts.application.port.in.ListFamilyHistoryUseCase;
import org.portailfamille.accounts.application.port.out.FamilyHistory;
import org.portailfamille.shared.FamilyId;

import java.util.List;

public class ListFamilyHistoryService implements ListFamilyHistoryUseCase {

    private final FamilyHistory history;

    public ListFamilyHistoryService(FamilyHistory history) {
        this.history = history;
    }

    @Override
    public List<FamilyHistoryLine> familyHistory(FamilyId familyId) {
        return history.of(familyId).stream().map(entry -> new FamilyHistoryLine(entry.changedAt(), entry.actor(),
                entry.reason(), entry.subject(), entry.childId(), entry.field(), entry.oldValue(), entry.newValue(),
                entry.coded())).toList();
    }
}
