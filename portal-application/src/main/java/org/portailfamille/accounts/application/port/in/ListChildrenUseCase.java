package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The children of a family, eldest first. */
public interface ListChildrenUseCase {
    List<ChildSummary> children(FamilyId familyId);
}
