package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.out.PlaceOfferHistory;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.PLACE_OFFER;

/** Every place offer of an activity's days, whatever its status. */
@Repository
class JooqPlaceOfferHistory implements PlaceOfferHistory {

    private final DSLContext dsl;

    JooqPlaceOfferHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Made> between(ActivityId activity, LocalDate from, LocalDate to) {
        return dsl.selectFrom(PLACE_OFFER)
                .where(PLACE_OFFER.ACTIVITY_ID.eq(activity.value())).and(PLACE_OFFER.DAY.between(from, to))
                .orderBy(PLACE_OFFER.DAY, PLACE_OFFER.OFFERED_AT)
                .fetch(row -> new Made(row.getDay(), new ChildId(row.getChildId()), new FamilyId(row.getFamilyId()),
                        row.getStatus(), row.getOfferedAt().toInstant(), row.getExpiresAt().toInstant(),
                        row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant()));
    }
}
