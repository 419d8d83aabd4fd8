package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.SepaMandate;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.Optional;

/** Where mandates are kept (one active per family, enforced by the database). */
public interface SepaMandates {

    Optional<SepaMandate> activeOf(FamilyId familyId);

    /** The active mandate, its row locked until the transaction ends (to replace it). */
    Optional<SepaMandate> lockActiveOf(FamilyId familyId);

    int countOf(FamilyId familyId);

    void add(SepaMandate mandate);

    void revoke(String rum, LocalDate on);

    /** The sequence type the mandate's next debit takes (RCUR once a FRST was sent, FRST again if it was rejected). */
    void setNextSequence(String rum, SepaMandate.SequenceType next);
}
