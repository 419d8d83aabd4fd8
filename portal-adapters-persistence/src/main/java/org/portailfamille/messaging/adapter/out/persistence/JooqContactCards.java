package org.portailfamille.messaging.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.adapter.out.persistence.jooq.tables.records.ContactDetailsRecord;
import org.portailfamille.messaging.application.port.out.ContactCards;
import org.portailfamille.messaging.domain.ContactCard;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.messaging.adapter.out.persistence.jooq.Tables.CONTACT_DETAILS;

@Repository
class JooqContactCards implements ContactCards {

    /** The municipality's row; a facility's is keyed by its id. */
    static final String MUNICIPALITY = "MUNICIPALITY";

    private final DSLContext dsl;

    JooqContactCards(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ContactCard> of(@Nullable UUID facilityId) {
        return dsl.selectFrom(CONTACT_DETAILS).where(CONTACT_DETAILS.DESK.eq(desk(facilityId)))
                .fetchOptional(JooqContactCards::card);
    }

    @Override
    public List<ContactCard> all() {
        return dsl.selectFrom(CONTACT_DETAILS).orderBy(CONTACT_DETAILS.DESK).fetch(JooqContactCards::card);
    }

    @Override
    public void save(ContactCard card, Instant at) {
        dsl.insertInto(CONTACT_DETAILS)
                .set(CONTACT_DETAILS.DESK, desk(card.facilityId()))
                .set(CONTACT_DETAILS.ADDRESS, card.address())
                .set(CONTACT_DETAILS.PHONE, card.phone())
                .set(CONTACT_DETAILS.EMAIL, card.email())
                .set(CONTACT_DETAILS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(CONTACT_DETAILS.DESK).doUpdate()
                .set(CONTACT_DETAILS.ADDRESS, card.address())
                .set(CONTACT_DETAILS.PHONE, card.phone())
                .set(CONTACT_DETAILS.EMAIL, card.email())
                .set(CONTACT_DETAILS.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    private static String desk(@Nullable UUID facilityId) {
        return facilityId == null ? MUNICIPALITY : facilityId.toString();
    }

    private static ContactCard card(ContactDetailsRecord row) {
        UUID facility = MUNICIPALITY.equals(row.getDesk()) ? null : UUID.fromString(row.getDesk());
        return new ContactCard(facility, row.getAddress(), row.getPhone(), row.getEmail());
    }
}
