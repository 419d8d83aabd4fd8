package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.ChildId;

import java.util.Collection;
import java.util.Map;

/** The names of some children, by id (unknown ids are left out); for staff lists of other modules. */
public interface GetChildNamesUseCase {
    Map<ChildId, ChildName> childNames(Collection<ChildId> childIds);
}
