package org.portailfamille.accounts.application.port.out;

import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyNumber;
import org.portailfamille.shared.FamilyId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where families are kept. */
public interface Families {

    void add(Family family);

    /** Stores the family's current file (guardian, partner, tax, benefit fund, bank details). */
    void update(Family family);

    Optional<Family> byId(FamilyId id);

    Optional<Family> byNumber(FamilyNumber number);

    /** The families of these ids that exist, in one read (the staff request queue, a chunk of the invoicing run). */
    List<Family> byIds(Collection<FamilyId> ids);

    boolean numberTaken(FamilyNumber number);

    /** Families whose guardian's name, number, e-mail or postcode contains the text (at most {@code limit}). */
    List<Family> search(String text, int limit);

    /** A new N° Famille, never given before (a database sequence). */
    FamilyNumber nextFamilyNumber();

    /** Families whose guardian's e-mail is this address (compared without regard to case). */
    List<FamilyId> byGuardianEmail(String email);
}
