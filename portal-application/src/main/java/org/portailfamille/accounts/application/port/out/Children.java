package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.domain.Child;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the children of the families are kept, with their authorised persons and health records. */
public interface Children {

    void add(Child child);

    /** The family's children, eldest first. */
    List<Child> byFamily(FamilyId familyId);

    /**
     * The family's children as lists show them (eldest first): identity and school only, without authorised
     * persons or health record (none of them read).
     */
    List<Summary> summariesOf(FamilyId familyId);

    Optional<Child> byId(ChildId id);

    /** Stores the child's new file: identity, authorisations, authorised persons (in order), health record. */
    void update(Child child);

    /** The names of the children among {@code ids} that exist, by last and first name. */
    List<Name> names(Collection<ChildId> ids);

    /** A child's name and family, without the rest of the file (no health data read). */
    record Name(ChildId childId, FamilyId familyId, String firstName, String lastName) {
    }

    /** A line of a list of children: no authorised persons, no health data. */
    record Summary(ChildId childId, String firstName, String lastName, LocalDate birthDate, String school,
                   String schoolClass) {
    }
}
