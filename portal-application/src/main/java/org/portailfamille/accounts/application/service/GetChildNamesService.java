package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.shared.ChildId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

public class GetChildNamesService implements GetChildNamesUseCase {

    private final Children children;

    public GetChildNamesService(Children children) {
        this.children = children;
    }

    @Override
    public Map<ChildId, ChildName> childNames(Collection<ChildId> childIds) {
        Map<ChildId, ChildName> names = new LinkedHashMap<>();
        if (childIds.isEmpty()) {
            return names;
        }
        children.names(childIds).forEach(name -> names.put(name.childId(),
                new ChildName(name.childId(), name.familyId(), name.firstName(), name.lastName())));
        return names;
    }
}
