package org.portailfamille.planning.application.port.out;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

/** The children of the accounts module, as the planning shows them. */
public interface ChildNames {

    /** "Léa DUPONT" when {@code child} is a child of {@code family}; empty otherwise (unknown, or another's). */
    Optional<String> nameOf(FamilyId family, ChildId child);
}
