package org.portailfamille.billing.domain;

import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a family's ledger: a debit (an invoice) or a credit (a payment, a credit note). Entries are
 * only ever appended.
 */
public record LedgerEntry(FamilyId familyId, RegieId regieId, LocalDate date, String operationNumber,
                          Money debit, Money credit) {
    public LedgerEntry {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regieId, "regieId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(operationNumber, "operationNumber");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
        if (debit.isNegative() || credit.isNegative() || debit.isZero() == credit.isZero()) {
            throw new IllegalArgumentException("A ledger entry is either a positive debit or a positive credit");
        }
    }

    public static LedgerEntry debit(Invoice invoice) {
        return new LedgerEntry(invoice.familyId(), invoice.regieId(), invoice.issueDate(), invoice.number().toString(),
                invoice.amount(), Money.ZERO);
    }

    public static LedgerEntry credit(Payment payment) {
        return new LedgerEntry(payment.familyId(), payment.regieId(), payment.date(), payment.number().toString(),
                Money.ZERO, payment.amount());
    }
}
