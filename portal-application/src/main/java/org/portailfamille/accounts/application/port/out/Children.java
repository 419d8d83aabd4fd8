package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.domain.Child;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Optional;

/** Where the children of the families are kept, with their authorised persons and health records. */
public interface Children {

    void add(Child child);

    /** The family's children, eldest first. */
    List<Child> byFamily(FamilyId familyId);

    Optional<Child> byId(ChildId id);

    /** Stores the child's new file: identity, authorisations, authorised persons (in order), health record. */
    void update(Child child);
}
