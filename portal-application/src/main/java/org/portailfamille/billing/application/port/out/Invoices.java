package org.portailfamille.billing.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.domain.Invoice;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where issued invoices are kept. */
public interface Invoices {

    void add(Invoice invoice);

    /** Adds the invoices in one statement (a chunk of an invoicing run, ADR 0047). */
    default void addAll(List<Invoice> invoices) {
        invoices.forEach(this::add);
    }

    /** The invoice, locked until the end of the transaction (payments of one invoice are serialised). */
    Optional<Invoice> byNumberForUpdate(String number);

    /** The family's invoices (not credit notes) issued on or before the date. */
    List<Invoice> ofFamilyIssuedBy(FamilyId familyId, LocalDate date);

    Optional<Invoice> byId(UUID id);

    Optional<Invoice> byNumber(String number);

    /** Every invoice and credit note of the family, by date and number. */
    List<Invoice> ofFamily(FamilyId familyId);

    /** The family's invoices (not credit notes) at a régie, locked until the transaction ends, oldest first. */
    List<Invoice> ofFamilyAtRegieForUpdate(FamilyId familyId, RegieId regieId);

    /** Invoices (not credit notes) issued on or before the date, of a régie or all. */
    List<Invoice> issuedBy(@Nullable RegieId regieId, LocalDate date);

    /**
     * How many invoices (not credit notes) of all régies issued on or before the date still have something due: not
     * titled (no treasury-title payment of the family, not cancelled, set against them) and their amount above what
     * is set against them (credit notes and payments). Counted by the database, whatever the number of families: the
     * same invoices as {@code StatementService}'s unpaid invoices by age (issue 14, ADR 0046).
     */
    long countDueIssuedBy(LocalDate date);
}
