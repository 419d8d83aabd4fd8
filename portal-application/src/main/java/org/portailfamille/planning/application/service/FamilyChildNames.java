package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.ChildName;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Optional;

/** The planning's way of writing a child's name, read from the accounts module's published use case. */
final class FamilyChildNames {

    private FamilyChildNames() {
    }

    /** "Léa DUPONT" when {@code child} is a child of {@code family}; empty otherwise (unknown, or another's). */
    static Optional<String> nameOf(GetChildNamesUseCase names, FamilyId family, ChildId child) {
        return Optional.ofNullable(names.childNames(List.of(child)).get(child))
                .filter(name -> name.familyId().equals(family))
                .map(FamilyChildNames::written);
    }

    /** "Léa DUPONT": first name, then last name, as stored. */
    static String written(ChildName name) {
        return name.firstName() + " " + name.lastName();
    }
}
