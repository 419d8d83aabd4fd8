package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a printed invoice or credit note shows that billing knows (the municipality's name, address and how
 * to pay come from the portal's configuration).
 *
 * @param number          "AL-36"
 * @param creditNote      whether it is a credit note ("avoir")
 * @param creditedInvoice for a credit note, the invoice it corrects
 * @param issueDate       its date
 * @param dueDate         when it falls due (a credit note: its date)
 * @param periodStart     first day billed
 * @param periodEnd       last day billed
 * @param regie           the régie
 * @param family          the family billed
 * @param children        each child's lines, by child name
 * @param total           the invoice (or credit note) amount
 * @param credited        credit notes set against it
 * @param paid            payments set against it
 * @param due             what remains to pay
 * @param creditNotes     credit notes referencing this invoice
 * @param titled          handed to the treasury (ORMC)
 */
public record InvoiceDocument(String number, boolean creditNote, @Nullable String creditedInvoice,
                              LocalDate issueDate, LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd,
                              Regie regie, Family family, List<ChildLines> children, BigDecimal total,
                              BigDecimal credited, BigDecimal paid, BigDecimal due, List<CreditNoteRef> creditNotes,
                              boolean titled) {
    public InvoiceDocument {
        children = List.copyOf(children);
        creditNotes = List.copyOf(creditNotes);
    }

    public record Regie(UUID id, String name, String prefix) {
    }

    /** The family as billed: N° Famille, civility code, names, and the guardian's postal address lines. */
    public record Family(FamilyId id, String familyNumber, String civility, String lastName, String firstName) {
    }

    public record ChildLines(ChildId childId, String firstName, String lastName, List<Line> lines,
                             BigDecimal subtotal) {
        public ChildLines {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line.
     *
     * @param activityId     the activity
     * @param activityName   its name when billed
     * @param day            the day
     * @param usage          why the day is billed: BOOKED, REGULAR, ABSENT_BILLED, PRESENT_WITHOUT_BOOKING
     * @param component      DAY (the unit price), LATE_BOOKING_SURCHARGE, NO_BOOKING_SURCHARGE
     * @param unit           DAY, HALF_DAY, MEAL, HOUR
     * @param quantity       units
     * @param unitPrice      price of one unit (a surcharge: its amount)
     * @param amount         the line's amount (a credit note's lines: positive amounts credited)
     * @param why            how the price was set: FLAT, BRACKET (quotientFrom / quotientTo given), NO_QUOTIENT (the
     *                       family has no quotient: highest bracket), REASON_FIXED (the reason's fixed amount),
     *                       LATE_BOOKING (percent given), NO_BOOKING (fixed surcharge)
     * @param quotientFrom   BRACKET / NO_QUOTIENT: the bracket's lower bound
     * @param quotientTo     BRACKET: the next bracket's lower bound (null for the highest)
     * @param percent        LATE_BOOKING: the percentage
     * @param reasonCode     the absence or presence reason, if any
     * @param creditedNumber on a credit note: the invoice whose line it credits
     */
    public record Line(UUID activityId, String activityName, LocalDate day, String usage, String component,
                       TariffUnit unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String why,
                       @Nullable BigDecimal quotientFrom, @Nullable BigDecimal quotientTo,
                       @Nullable BigDecimal percent, @Nullable String reasonCode, @Nullable String creditedNumber) {
    }

    public record CreditNoteRef(String number, LocalDate issueDate, BigDecimal amount) {
    }
}
