package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

/** A child's name and family, for the lists other modules show (a register, a queue). No other data of the file. */
public record ChildName(ChildId childId, FamilyId familyId, String firstName, String lastName) {

    /** "DUPONT Léa": the last name in capitals, then the first name, as in the guide's lists. */
    public String displayName() {
        return lastName.toUpperCase(java.util.Locale.FRENCH) + " " + firstName;
    }
}
