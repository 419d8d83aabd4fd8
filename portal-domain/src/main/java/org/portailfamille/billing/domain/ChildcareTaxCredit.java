package org.portailfamille.billing.domain;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The rule of the attestation fiscale (frais de garde des jeunes enfants, article 200 quater B of the French tax
 * code): for a tax year, what a family <b>paid</b> in that year for the care of each child under 6 on 1 January of
 * the year, outside home.
 * <ul>
 *   <li>Eligible lines: care ({@link CareKind#CHILDCARE}), the day itself ({@link LineComponent#DAY}). Meals and other
 *       kinds are excluded; so are penalties and surcharges: the late-booking and no-booking surcharges, and a fixed
 *       amount charged for an absence (a reason's fixed effect on an absent day).</li>
 *   <li>Net of credit notes: a line credited by a credit note counts for what is left of it.</li>
 *   <li>Paid in the year: payments dated in the year, by the family (a treasury title is not a payment received by
 *       the régie: the treasury certifies what it collects), less cancellations; a payment counts through what it
 *       was allocated to each invoice.</li>
 *   <li>A payment of a mixed invoice pays each of its lines in proportion (what the family paid on an invoice with
 *       80 € of care and 20 € of meals is 80 % care), computed on the invoice's lines net of credit notes (on its
 *       gross lines if nothing is left of them).</li>
 * </ul>
 * The ceiling (3,500 € per child) and the 50 % credit are applied by the tax return, not by the certificate.
 */
public final class ChildcareTaxCredit {

    private ChildcareTaxCredit() {
    }

    /** Whether the child is under 6 on 1 January of the tax year (a child born during the year is too). */
    public static boolean underSixOnFirstJanuary(LocalDate birthDate, int taxYear) {
        Objects.requireNonNull(birthDate, "birthDate");
        return birthDate.plusYears(6).isAfter(LocalDate.of(taxYear, 1, 1));
    }

    /** How the certificate treats an invoice line. */
    public enum Treatment { CHILDCARE, MEAL, PENALTY, OTHER }

    public static Treatment treatmentOf(PricedLine line) {
        if (line.key().component() != LineComponent.DAY) {
            return Treatment.PENALTY;
        }
        if (line.usage() == Usage.ABSENT_BILLED && line.basis() == PriceBasis.REASON_FIXED) {
            return Treatment.PENALTY;
        }
        return switch (line.careKind()) {
            case CHILDCARE -> Treatment.CHILDCARE;
            case MEAL -> Treatment.MEAL;
            case OTHER -> Treatment.OTHER;
        };
    }

    /** An invoice line and how much of it credit notes have credited (0 to its amount). */
    public record CreditedLine(PricedLine line, Money credited) {
        public CreditedLine {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(credited, "credited");
        }

        Money net() {
            Money net = line.amount().minus(credited);
            return net.isNegative() ? Money.ZERO : net;
        }
    }

    /** An invoice's lines. */
    public record InvoiceLines(UUID invoiceId, List<CreditedLine> lines) {
        public InvoiceLines {
            Objects.requireNonNull(invoiceId, "invoiceId");
            lines = List.copyOf(lines);
        }
    }

    /**
     * A payment and what it was allocated to each invoice (allocations summed: a cancellation's negative rows bring
     * them back to 0).
     */
    public record PaidCredit(UUID paymentId, LocalDate date, PaymentMethod method, boolean cancelled,
                             Map<UUID, Money> allocatedByInvoice) {
        public PaidCredit {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(method, "method");
            allocatedByInvoice = Map.copyOf(allocatedByInvoice);
        }
    }

    /**
     * The amount paid in the tax year for each child's care (children with nothing eligible are left out; which
     * children are under 6 is the caller's filter, {@link #underSixOnFirstJanuary}). Rounded to the cent per child.
     */
    public static Map<ChildId, Money> paidForCare(int taxYear, Collection<InvoiceLines> invoices,
                                                  Collection<PaidCredit> payments) {
        Map<UUID, InvoiceLines> byId = new HashMap<>();
        invoices.forEach(invoice -> byId.put(invoice.invoiceId(), invoice));
        Map<ChildId, BigDecimal> exact = new LinkedHashMap<>();
        for (PaidCredit payment : payments) {
            if (payment.date().getYear() != taxYear || payment.cancelled()
                    || payment.method() == PaymentMethod.TREASURY_TITLE) {
                continue;
            }
            payment.allocatedByInvoice().forEach((invoiceId, allocated) -> {
                InvoiceLines invoice = byId.get(invoiceId);
                if (invoice == null || !allocated.isPositive()) {
                    return;
                }
                share(invoice, allocated).forEach((child, amount) -> exact.merge(child, amount, BigDecimal::add));
            });
        }
        Map<ChildId, Money> paid = new LinkedHashMap<>();
        exact.forEach((child, amount) -> {
            Money rounded = new Money(amount.setScale(2, RoundingMode.HALF_UP));
            if (rounded.isPositive()) {
                paid.put(child, rounded);
            }
        });
        return paid;
    }

    /** The childcare part of an amount paid on an invoice, per child, unrounded. */
    private static Map<ChildId, BigDecimal> share(InvoiceLines invoice, Money allocated) {
        boolean useNet = invoice.lines().stream().anyMatch(line -> line.net().isPositive());
        BigDecimal total = BigDecimal.ZERO;
        Map<ChildId, BigDecimal> care = new LinkedHashMap<>();
        for (CreditedLine line : invoice.lines()) {
            BigDecimal amount = (useNet ? line.net() : line.line().amount()).amount();
            total = total.add(amount);
            if (treatmentOf(line.line()) == Treatment.CHILDCARE && amount.signum() > 0) {
                care.merge(line.line().key().child(), amount, BigDecimal::add);
            }
        }
        Map<ChildId, BigDecimal> shares = new LinkedHashMap<>();
        if (total.signum() == 0) {
            return shares;
        }
        // never more than the invoice's lines: an over-allocation counts for the invoice's total at most
        BigDecimal paid = allocated.amount().min(total);
        for (Map.Entry<ChildId, BigDecimal> entry : care.entrySet()) {
            shares.put(entry.getKey(), paid.multiply(entry.getValue()).divide(total, 12, RoundingMode.HALF_UP));
        }
        return shares;
    }
}
