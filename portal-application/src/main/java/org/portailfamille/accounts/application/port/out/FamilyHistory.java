package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.domain.FamilyHistoryEntry;
import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The history of the changes staff made to families' files (append-only). */
public interface FamilyHistory {

    void record(FamilyHistoryEntry entry);

    /** The family's history, newest first. */
    List<FamilyHistoryEntry> of(FamilyId familyId);
}
