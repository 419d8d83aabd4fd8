package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.shared.DateRange;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.BOOKING_PERIOD;

/** Booking periods; their opening and closing moments are local times of the municipality (TIMESTAMP). */
@Repository
class JooqBookingPeriods implements BookingPeriods {

    private final DSLContext dsl;

    JooqBookingPeriods(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(BookingPeriod period) {
        dsl.insertInto(BOOKING_PERIOD)
                .set(BOOKING_PERIOD.ID, period.id())
                .set(BOOKING_PERIOD.ACTIVITY_ID, period.activity().value())
                .set(BOOKING_PERIOD.FIRST_DAY, period.days().start())
                .set(BOOKING_PERIOD.LAST_DAY, period.days().end())
                .set(BOOKING_PERIOD.OPENS_AT, period.opensAt())
                .set(BOOKING_PERIOD.CLOSES_AT, period.closesAt())
                .execute();
    }

    @Override
    public List<BookingPeriod> of(ActivityId activity) {
        return dsl.selectFrom(BOOKING_PERIOD).where(BOOKING_PERIOD.ACTIVITY_ID.eq(activity.value()))
                .orderBy(BOOKING_PERIOD.FIRST_DAY, BOOKING_PERIOD.ID)
                .fetch(row -> new BookingPeriod(row.getId(), new ActivityId(row.getActivityId()),
                        new DateRange(row.getFirstDay(), row.getLastDay()), row.getOpensAt(), row.getClosesAt()));
    }

    @Override
    public boolean remove(ActivityId activity, UUID id) {
        return dsl.deleteFrom(BOOKING_PERIOD).where(BOOKING_PERIOD.ID.eq(id))
                .and(BOOKING_PERIOD.ACTIVITY_ID.eq(activity.value())).execute() == 1;
    }
}
