package org.portailfamille.billing.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The rules of a direct-debit export: the sequence a mandate's next debit takes (FRST for its first collection,
 * RCUR afterwards; a rejected first collection leaves the next one FRST), the earliest collection date (the families
 * are told at least {@code noticeDays} days before), and the identifiers of a file and of its transactions.
 */
public final class DirectDebitPolicy {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private DirectDebitPolicy() {
    }

    /** The sequence of a debit under the mandate: FRST while no collection of it went through. */
    public static SepaMandate.SequenceType sequenceOf(SepaMandate mandate) {
        return mandate.nextSequence();
    }

    /** The mandate's sequence after a rejected debit: a rejected FRST leaves the mandate at FRST. */
    public static SepaMandate.SequenceType afterReject(SepaMandate.SequenceType rejected,
                                                       SepaMandate.SequenceType current) {
        return rejected == SepaMandate.SequenceType.FRST ? SepaMandate.SequenceType.FRST : current;
    }

    public static LocalDate earliestCollectionDate(LocalDate today, int noticeDays) {
        return today.plusDays(noticeDays);
    }

    /**
     * "PF-AL-20150504101500-3": the portal, the régie's prefix, when the file was made and the régie's file count
     * (unique per creditor, at most 30 characters).
     */
    public static String messageId(Regie regie, LocalDateTime createdAt, int fileNumber) {
        if (fileNumber < 1 || fileNumber > 99_999) {
            throw new IllegalArgumentException("A file number is 1 to 99999");
        }
        return "PF-" + regie.prefix() + "-" + STAMP.format(createdAt) + "-" + fileNumber;
    }

    /** "AL-36-D1": the invoice number and which attempt at collecting it this is. */
    public static String endToEndId(String invoiceNumber, int attempt) {
        return invoiceNumber + "-D" + attempt;
    }
}
