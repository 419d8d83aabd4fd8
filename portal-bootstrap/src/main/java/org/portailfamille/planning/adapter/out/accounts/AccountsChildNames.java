package org.portailfamille.planning.adapter.out.accounts;

import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.planning.application.port.out.ChildNames;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** The family's children, from the accounts module's API. */
public class AccountsChildNames implements ChildNames {

    private final ListChildrenUseCase children;

    public AccountsChildNames(ListChildrenUseCase children) {
        this.children = children;
    }

    @Override
    public Optional<String> nameOf(FamilyId family, ChildId child) {
        return children.children(family).stream()
                .filter(summary -> summary.childId().equals(child))
                .map(summary -> summary.firstName() + " " + summary.lastName())
                .findFirst();
    }
}
