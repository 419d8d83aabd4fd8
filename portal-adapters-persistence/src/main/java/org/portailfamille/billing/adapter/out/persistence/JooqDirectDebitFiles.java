package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.DirectDebitCollectionRecord;
import org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.DirectDebitFileRecord;
import org.portailfamille.billing.application.port.out.DirectDebitFiles;
import org.portailfamille.billing.domain.DirectDebitCollection;
import org.portailfamille.billing.domain.RejectReason;
import org.portailfamille.billing.domain.SepaMandate;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.DIRECT_DEBIT_COLLECTION;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.DIRECT_DEBIT_FILE;

@Repository
class JooqDirectDebitFiles implements DirectDebitFiles {

    private final DSLContext dsl;

    JooqDirectDebitFiles(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addFile(StoredFile file) {
        dsl.insertInto(DIRECT_DEBIT_FILE)
                .set(DIRECT_DEBIT_FILE.ID, file.id())
                .set(DIRECT_DEBIT_FILE.REGIE_ID, file.regieId().value())
                .set(DIRECT_DEBIT_FILE.BILLING_MONTH, file.month().atDay(1))
                .set(DIRECT_DEBIT_FILE.MESSAGE_ID, file.messageId())
                .set(DIRECT_DEBIT_FILE.COLLECTION_DATE, file.collectionDate())
                .set(DIRECT_DEBIT_FILE.CREATED_AT, file.createdAt())
                .set(DIRECT_DEBIT_FILE.CREATED_BY, file.createdBy())
                .set(DIRECT_DEBIT_FILE.TRANSACTION_COUNT, file.transactionCount())
                .set(DIRECT_DEBIT_FILE.CONTROL_SUM, file.controlSum().amount())
                .set(DIRECT_DEBIT_FILE.CONTENT, file.content())
                .execute();
    }

    @Override
    public int countOf(RegieId regieId) {
        return dsl.fetchCount(DIRECT_DEBIT_FILE, DIRECT_DEBIT_FILE.REGIE_ID.eq(regieId.value()));
    }

    @Override
    public void addCollection(DirectDebitCollection c) {
        dsl.insertInto(DIRECT_DEBIT_COLLECTION)
                .set(DIRECT_DEBIT_COLLECTION.ID, c.id())
                .set(DIRECT_DEBIT_COLLECTION.FILE_ID, c.fileId())
                .set(DIRECT_DEBIT_COLLECTION.INVOICE_ID, c.invoiceId())
                .set(DIRECT_DEBIT_COLLECTION.INVOICE_NUMBER, c.invoiceNumber())
                .set(DIRECT_DEBIT_COLLECTION.FAMILY_ID, c.familyId().value())
                .set(DIRECT_DEBIT_COLLECTION.REGIE_ID, c.regieId().value())
                .set(DIRECT_DEBIT_COLLECTION.RUM, c.rum())
                .set(DIRECT_DEBIT_COLLECTION.SEQUENCE_TYPE, c.sequence().name())
                .set(DIRECT_DEBIT_COLLECTION.AMOUNT, c.amount().amount())
                .set(DIRECT_DEBIT_COLLECTION.END_TO_END_ID, c.endToEndId())
                .set(DIRECT_DEBIT_COLLECTION.PAYMENT_ID, c.paymentId())
                .set(DIRECT_DEBIT_COLLECTION.COLLECTION_DATE, c.collectionDate())
                .set(DIRECT_DEBIT_COLLECTION.REJECTED_ON, c.rejectedOn())
                .set(DIRECT_DEBIT_COLLECTION.REJECT_REASON, c.rejectReason() == null ? null : c.rejectReason().name())
                .execute();
    }

    @Override
    public List<StoredFile> files() {
        return dsl.select(DIRECT_DEBIT_FILE.ID, DIRECT_DEBIT_FILE.REGIE_ID, DIRECT_DEBIT_FILE.BILLING_MONTH,
                        DIRECT_DEBIT_FILE.MESSAGE_ID, DIRECT_DEBIT_FILE.COLLECTION_DATE, DIRECT_DEBIT_FILE.CREATED_AT,
                        DIRECT_DEBIT_FILE.CREATED_BY, DIRECT_DEBIT_FILE.TRANSACTION_COUNT, DIRECT_DEBIT_FILE.CONTROL_SUM)
                .from(DIRECT_DEBIT_FILE)
                .orderBy(DIRECT_DEBIT_FILE.CREATED_AT.desc(), DIRECT_DEBIT_FILE.MESSAGE_ID.desc())
                .fetch(r -> new StoredFile(r.value1(), new RegieId(r.value2()), YearMonth.from(r.value3()), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), new Money(r.value9()), new byte[0]));
    }

    @Override
    public Optional<StoredFile> byId(UUID id) {
        return dsl.selectFrom(DIRECT_DEBIT_FILE).where(DIRECT_DEBIT_FILE.ID.eq(id))
                .fetchOptional(JooqDirectDebitFiles::file);
    }

    private static StoredFile file(DirectDebitFileRecord r) {
        return new StoredFile(r.getId(), new RegieId(r.getRegieId()), YearMonth.from(r.getBillingMonth()),
                r.getMessageId(), r.getCollectionDate(), r.getCreatedAt(), r.getCreatedBy(), r.getTransactionCount(),
                new Money(r.getControlSum()), r.getContent());
    }

    @Override
    public List<DirectDebitCollection> collectionsOfFile(UUID fileId) {
        return dsl.selectFrom(DIRECT_DEBIT_COLLECTION).where(DIRECT_DEBIT_COLLECTION.FILE_ID.eq(fileId))
                .orderBy(DIRECT_DEBIT_COLLECTION.END_TO_END_ID).fetch(JooqDirectDebitFiles::collection);
    }

    @Override
    public List<DirectDebitCollection> collectionsOfInvoices(Collection<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(DIRECT_DEBIT_COLLECTION).where(DIRECT_DEBIT_COLLECTION.INVOICE_ID.in(invoiceIds))
                .orderBy(DIRECT_DEBIT_COLLECTION.END_TO_END_ID).fetch(JooqDirectDebitFiles::collection);
    }

    @Override
    public Optional<DirectDebitCollection> openCollectionOfInvoiceForUpdate(String invoiceNumber) {
        return dsl.selectFrom(DIRECT_DEBIT_COLLECTION)
                .where(DIRECT_DEBIT_COLLECTION.INVOICE_NUMBER.eq(invoiceNumber))
                .and(DIRECT_DEBIT_COLLECTION.REJECTED_ON.isNull())
                .forUpdate().fetchOptional(JooqDirectDebitFiles::collection);
    }

    @Override
    public void markRejected(UUID collectionId, LocalDate on, RejectReason reason) {
        dsl.update(DIRECT_DEBIT_COLLECTION).set(DIRECT_DEBIT_COLLECTION.REJECTED_ON, on)
                .set(DIRECT_DEBIT_COLLECTION.REJECT_REASON, reason.name())
                .where(DIRECT_DEBIT_COLLECTION.ID.eq(collectionId)).and(DIRECT_DEBIT_COLLECTION.REJECTED_ON.isNull())
                .execute();
    }

    private static DirectDebitCollection collection(DirectDebitCollectionRecord r) {
        return new DirectDebitCollection(r.getId(), r.getFileId(), r.getInvoiceId(), r.getInvoiceNumber(),
                new FamilyId(r.getFamilyId()), new RegieId(r.getRegieId()), r.getRum(),
                SepaMandate.SequenceType.valueOf(r.getSequenceType()), new Money(r.getAmount()), r.getEndToEndId(),
                r.getPaymentId(), r.getCollectionDate(), r.getRejectedOn(),
                r.getRejectReason() == null ? null : RejectReason.valueOf(r.getRejectReason()));
    }
}
