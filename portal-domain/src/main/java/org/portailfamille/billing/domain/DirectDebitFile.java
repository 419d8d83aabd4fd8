package org.portailfamille.billing.domain;

import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The content of a SEPA Core direct-debit file (pain.008.001.02), checked against the EPC implementation guidelines
 * when built: identifiers in the SEPA set and at most 35 characters (the message id at most 30, so that the payment
 * information ids "messageId-FRST"/"-RCUR" fit), amounts from 0.01 to 999,999,999.99 with two decimals, end-to-end
 * ids unique in the file, at least one transaction. One payment information block per sequence type (FRST first,
 * then RCUR), as the guidelines require a single sequence type per block.
 */
public record DirectDebitFile(String messageId, LocalDateTime createdAt, LocalDate collectionDate,
                              SepaCreditor creditor, List<Transaction> transactions) {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    /** One debit: the debtor, its mandate (RUM and signature date), the amount and the remittance text. */
    public record Transaction(String endToEndId, Money amount, SepaMandate.SequenceType sequence, String mandateId,
                              LocalDate mandateSignedOn, String debtorName, String debtorIban, String debtorBic,
                              String remittance) {
        public Transaction {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(sequence, "sequence");
            Objects.requireNonNull(mandateSignedOn, "mandateSignedOn");
            if (!SepaText.isIdentifier(endToEndId)) {
                throw new IllegalArgumentException("An end-to-end id is 1 to 35 characters of the SEPA set: " + endToEndId);
            }
            if (!SepaText.isIdentifier(mandateId)) {
                throw new IllegalArgumentException("A mandate id (RUM) is 1 to 35 characters of the SEPA set");
            }
            if (!amount.isPositive() || amount.amount().compareTo(MAX_AMOUNT) > 0) {
                throw new IllegalArgumentException("A SEPA amount is between 0.01 and 999999999.99");
            }
            debtorName = SepaText.latin(debtorName, 70);
            debtorIban = debtorIban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            if (!SepaCreditor.isIban(debtorIban)) {
                throw new IllegalArgumentException("The debtor IBAN is not valid");
            }
            if (!"NOTPROVIDED".equals(debtorBic) && !SepaCreditor.isBic(debtorBic)) {
                throw new IllegalArgumentException("The debtor BIC is not valid");
            }
            remittance = SepaText.latin(remittance, 140);
        }
    }

    public DirectDebitFile {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(collectionDate, "collectionDate");
        Objects.requireNonNull(creditor, "creditor");
        transactions = List.copyOf(transactions);
        if (!SepaText.isIdentifier(messageId) || messageId.length() > 30) {
            throw new IllegalArgumentException("A message id is 1 to 30 characters of the SEPA set");
        }
        if (transactions.isEmpty()) {
            throw new IllegalArgumentException("A direct-debit file has at least one transaction");
        }
        Set<String> ids = new HashSet<>();
        for (Transaction transaction : transactions) {
            if (!ids.add(transaction.endToEndId())) {
                throw new IllegalArgumentException("End-to-end ids are unique in a file: " + transaction.endToEndId());
            }
        }
        if (collectionDate.isBefore(createdAt.toLocalDate())) {
            throw new IllegalArgumentException("The collection date is not before the file's creation");
        }
    }

    public int numberOfTransactions() {
        return transactions.size();
    }

    public Money controlSum() {
        return sum(transactions);
    }

    /** The transactions by sequence type, FRST then RCUR; types without transaction are left out. */
    public Map<SepaMandate.SequenceType, List<Transaction>> batches() {
        Map<SepaMandate.SequenceType, List<Transaction>> batches = new EnumMap<>(SepaMandate.SequenceType.class);
        for (Transaction transaction : transactions) {
            batches.computeIfAbsent(transaction.sequence(), k -> new ArrayList<>()).add(transaction);
        }
        return batches;
    }

    public String paymentInformationId(SepaMandate.SequenceType sequence) {
        return messageId + "-" + sequence.name();
    }

    public static Money sum(List<Transaction> transactions) {
        return transactions.stream().map(Transaction::amount).reduce(Money.ZERO, Money::plus);
    }
}
