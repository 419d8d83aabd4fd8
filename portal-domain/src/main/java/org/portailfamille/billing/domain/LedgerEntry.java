package org.portailfamille.billing.domain;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.RegieId;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a family's ledger: a debit (an invoice) or a credit (a payment, a credit note). Entries are
 * only ever appended.
 */
public record LedgerEntry(FamilyId familyId, RegieId regieId, LocalDate date, String operationNumber,
                          Money debit, Money credit, Kind kind, @Nullable UUID documentId) {

    /** What the entry records; {@code documentId} is the invoice, credit note, payment or cancelled payment. */
    public enum Kind { INVOICE, CREDIT_NOTE, PAYMENT, PAYMENT_CANCELLATION }

    public LedgerEntry(FamilyId familyId, RegieId regieId, LocalDate date, String operationNumber, Money debit,
                       Money credit) {
        this(familyId, regieId, date, operationNumber, debit, credit, debit.isPositive() ? Kind.INVOICE : Kind.PAYMENT,
                null);
    }

    public LedgerEntry {
        Objects.requireNonNull(kind, "kind");
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

    /** An invoice debits the family; a credit note credits it. */
    public static LedgerEntry debit(Invoice invoice) {
        if (invoice.isCreditNote()) {
            return new LedgerEntry(invoice.familyId(), invoice.regieId(), invoice.issueDate(),
                    invoice.number().toString(), Money.ZERO, invoice.amount(), Kind.CREDIT_NOTE, invoice.id());
        }
        return new LedgerEntry(invoice.familyId(), invoice.regieId(), invoice.issueDate(), invoice.number().toString(),
                invoice.amount(), Money.ZERO, Kind.INVOICE, invoice.id());
    }

    public static LedgerEntry credit(Payment payment) {
        return new LedgerEntry(payment.familyId(), payment.regieId(), payment.date(), payment.number().toString(),
                Money.ZERO, payment.amount(), Kind.PAYMENT, payment.id());
    }

    /** The counter-entry of a cancelled payment: a debit of its amount under a new number. */
    public static LedgerEntry cancellation(Payment payment, OperationNumber number, LocalDate date) {
        return new LedgerEntry(payment.familyId(), payment.regieId(), date, number.toString(), payment.amount(),
                Money.ZERO, Kind.PAYMENT_CANCELLATION, payment.id());
    }
}
