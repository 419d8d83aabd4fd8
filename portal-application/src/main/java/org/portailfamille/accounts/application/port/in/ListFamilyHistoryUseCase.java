package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The history of the changes staff made to a family's file, newest first. */
public interface ListFamilyHistoryUseCase {
    List<FamilyHistoryLine> familyHistory(FamilyId familyId);
}
