package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.domain.DirectDebitCollection;
import org.portailfamille.billing.domain.RejectReason;
import org.portailfamille.shared.Money;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SEPA direct-debit files made (kept, so that one can be downloaded again) and the invoices each collects. An
 * invoice is in at most one collection that was not rejected (decided by the database).
 */
public interface DirectDebitFiles {

    /** A stored file: what it collects and its pain.008 content. */
    record StoredFile(UUID id, RegieId regieId, YearMonth month, String messageId, LocalDate collectionDate,
                      LocalDateTime createdAt, String createdBy, int transactionCount, Money controlSum,
                      byte[] content) {
    }

    void addFile(StoredFile file);

    /** How many files were made for the régie. */
    int countOf(RegieId regieId);

    void addCollection(DirectDebitCollection collection);

    /** Every file, newest first, without its content ({@code content} empty). */
    List<StoredFile> files();

    Optional<StoredFile> byId(UUID id);

    List<DirectDebitCollection> collectionsOfFile(UUID fileId);

    List<DirectDebitCollection> collectionsOfInvoices(Collection<UUID> invoiceIds);

    /** The invoice's collection that was not rejected, locked until the transaction ends. */
    Optional<DirectDebitCollection> openCollectionOfInvoiceForUpdate(String invoiceNumber);

    void markRejected(UUID collectionId, LocalDate on, RejectReason reason);
}
