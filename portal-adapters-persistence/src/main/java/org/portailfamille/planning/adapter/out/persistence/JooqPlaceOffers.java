package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.PlaceOfferRecord;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.domain.PlaceOffer;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.PLACE_OFFER;

/** Place offers; at most one pending per child and day (partial unique index). */
@Repository
class JooqPlaceOffers implements PlaceOffers {

    private static final String PENDING = "PENDING";

    private final DSLContext dsl;

    JooqPlaceOffers(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Pending pending) {
        PlaceOffer offer = pending.offer();
        dsl.insertInto(PLACE_OFFER)
                .set(PLACE_OFFER.ID, pending.id())
                .set(PLACE_OFFER.ACTIVITY_ID, offer.activity().value())
                .set(PLACE_OFFER.DAY, offer.day())
                .set(PLACE_OFFER.CHILD_ID, offer.child().value())
                .set(PLACE_OFFER.FAMILY_ID, pending.family().value())
                .set(PLACE_OFFER.OFFERED_AT, Timestamps.utc(offer.offeredAt()))
                .set(PLACE_OFFER.EXPIRES_AT, Timestamps.utc(offer.expiresAt()))
                .set(PLACE_OFFER.STATUS, PENDING)
                .execute();
    }

    @Override
    public Optional<Pending> pendingForUpdate(UUID id) {
        return dsl.selectFrom(PLACE_OFFER)
                .where(PLACE_OFFER.ID.eq(id)).and(PLACE_OFFER.STATUS.eq(PENDING))
                .forUpdate()
                .fetchOptional(JooqPlaceOffers::toPending);
    }

    @Override
    public List<Pending> pendingOf(FamilyId family) {
        return dsl.selectFrom(PLACE_OFFER)
                .where(PLACE_OFFER.FAMILY_ID.eq(family.value())).and(PLACE_OFFER.STATUS.eq(PENDING))
                .orderBy(PLACE_OFFER.DAY, PLACE_OFFER.OFFERED_AT)
                .fetch(JooqPlaceOffers::toPending);
    }

    @Override
    public List<Pending> expiredForUpdate(Instant now, int limit) {
        return dsl.selectFrom(PLACE_OFFER)
                .where(PLACE_OFFER.STATUS.eq(PENDING)).and(PLACE_OFFER.EXPIRES_AT.le(Timestamps.utc(now)))
                .orderBy(PLACE_OFFER.EXPIRES_AT)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(JooqPlaceOffers::toPending);
    }

    @Override
    public void markAccepted(UUID id, Instant at) {
        decide(id, "ACCEPTED", at);
    }

    @Override
    public List<Pending> withdrawBetween(ActivityId activity, java.time.LocalDate firstDay,
                                         java.time.LocalDate lastDay, Instant at) {
        return dsl.update(PLACE_OFFER)
                .set(PLACE_OFFER.STATUS, "WITHDRAWN")
                .set(PLACE_OFFER.DECIDED_AT, Timestamps.utc(at))
                .where(PLACE_OFFER.ACTIVITY_ID.eq(activity.value())).and(PLACE_OFFER.STATUS.eq(PENDING))
                .and(PLACE_OFFER.DAY.between(firstDay, lastDay))
                .returning()
                .fetch(JooqPlaceOffers::toPending);
    }

    @Override
    public void markExpired(UUID id, Instant at) {
        decide(id, "EXPIRED", at);
    }

    private void decide(UUID id, String status, Instant at) {
        int decided = dsl.update(PLACE_OFFER)
                .set(PLACE_OFFER.STATUS, status)
                .set(PLACE_OFFER.DECIDED_AT, Timestamps.utc(at))
                .where(PLACE_OFFER.ID.eq(id)).and(PLACE_OFFER.STATUS.eq(PENDING))
                .execute();
        if (decided != 1) {
            throw new IllegalStateException("No pending offer " + id);
        }
    }

    private static Pending toPending(PlaceOfferRecord row) {
        return new Pending(row.getId(), new FamilyId(row.getFamilyId()),
                new PlaceOffer(new ActivityId(row.getActivityId()), row.getDay(), new ChildId(row.getChildId()),
                        row.getOfferedAt().toInstant(), row.getExpiresAt().toInstant()));
    }
}
