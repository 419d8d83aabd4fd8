package org.portailfamille.messaging.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.portailfamille.messaging.application.port.out.PublishedDocuments;
import org.portailfamille.messaging.domain.PublishedDocument;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.messaging.adapter.out.persistence.jooq.Tables.PUBLISHED_DOCUMENT;

@Repository
class JooqPublishedDocuments implements PublishedDocuments {

    private final DSLContext dsl;

    JooqPublishedDocuments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(PublishedDocument document) {
        dsl.insertInto(PUBLISHED_DOCUMENT)
                .set(PUBLISHED_DOCUMENT.ID, document.id())
                .set(PUBLISHED_DOCUMENT.TITLE, document.title())
                .set(PUBLISHED_DOCUMENT.CATEGORY, document.category().name())
                .set(PUBLISHED_DOCUMENT.FACILITY_ID, document.facilityId())
                .set(PUBLISHED_DOCUMENT.FILE_NAME, document.fileName())
                .set(PUBLISHED_DOCUMENT.SIZE_BYTES, (int) document.size())
                .set(PUBLISHED_DOCUMENT.PUBLISHED_AT, document.publishedAt().atOffset(ZoneOffset.UTC))
                .set(PUBLISHED_DOCUMENT.PUBLISHED_BY, document.publishedBy())
                .execute();
    }

    @Override
    public Optional<PublishedDocument> byId(UUID id) {
        return dsl.selectFrom(PUBLISHED_DOCUMENT).where(PUBLISHED_DOCUMENT.ID.eq(id)).fetchOptional()
                .map(JooqPublishedDocuments::document);
    }

    @Override
    public List<PublishedDocument> current() {
        return dsl.selectFrom(PUBLISHED_DOCUMENT)
                .where(PUBLISHED_DOCUMENT.WITHDRAWN_AT.isNull())
                .orderBy(PUBLISHED_DOCUMENT.PUBLISHED_AT.desc(), PUBLISHED_DOCUMENT.TITLE)
                .fetch(JooqPublishedDocuments::document);
    }

    @Override
    public boolean withdraw(UUID id, Instant at, String by) {
        return dsl.update(PUBLISHED_DOCUMENT)
                .set(PUBLISHED_DOCUMENT.WITHDRAWN_AT, at.atOffset(ZoneOffset.UTC))
                .set(PUBLISHED_DOCUMENT.WITHDRAWN_BY, by)
                .where(PUBLISHED_DOCUMENT.ID.eq(id).and(PUBLISHED_DOCUMENT.WITHDRAWN_AT.isNull()))
                .execute() == 1;
    }

    private static PublishedDocument document(Record row) {
        var withdrawn = row.get(PUBLISHED_DOCUMENT.WITHDRAWN_AT);
        return new PublishedDocument(row.get(PUBLISHED_DOCUMENT.ID), row.get(PUBLISHED_DOCUMENT.TITLE),
                PublishedDocument.Category.valueOf(row.get(PUBLISHED_DOCUMENT.CATEGORY)),
                row.get(PUBLISHED_DOCUMENT.FACILITY_ID), row.get(PUBLISHED_DOCUMENT.FILE_NAME),
                row.get(PUBLISHED_DOCUMENT.SIZE_BYTES), row.get(PUBLISHED_DOCUMENT.PUBLISHED_AT).toInstant(),
                row.get(PUBLISHED_DOCUMENT.PUBLISHED_BY), withdrawn == null ? null : withdrawn.toInstant());
    }
}
