package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.shared.FamilyId;

import java.util.List;

public class ListChildrenService implements ListChildrenUseCase {

    private final Children children;

    public ListChildrenService(Children children) {
        this.children = children;
    }

    @Override
    public List<ChildSummary> children(FamilyId familyId) {
        return children.summariesOf(familyId).stream()
                .map(child -> new ChildSummary(child.childId(), child.firstName(), child.lastName(),
                        child.birthDate(), child.school(), child.schoolClass()))
                .toList();
    }
}
