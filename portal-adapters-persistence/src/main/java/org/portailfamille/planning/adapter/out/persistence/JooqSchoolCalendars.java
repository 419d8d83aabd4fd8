package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.application.port.out.SchoolCalendars;
import org.portailfamille.planning.domain.SchoolHoliday;
import org.portailfamille.planning.domain.SchoolHolidayName;
import org.portailfamille.planning.domain.SchoolHolidayZone;
import org.portailfamille.shared.DateRange;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.CALENDAR_SETTING;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.SCHOOL_HOLIDAY;

/** The holiday zone (a single row) and the school holidays of every zone. */
@Repository
class JooqSchoolCalendars implements SchoolCalendars {

    private final DSLContext dsl;

    JooqSchoolCalendars(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SchoolHolidayZone holidayZone() {
        return dsl.select(CALENDAR_SETTING.HOLIDAY_ZONE).from(CALENDAR_SETTING).fetchOptional()
                .map(row -> SchoolHolidayZone.valueOf(row.value1())).orElse(SchoolHolidayZone.C);
    }

    @Override
    public void changeHolidayZone(SchoolHolidayZone zone) {
        dsl.insertInto(CALENDAR_SETTING).set(CALENDAR_SETTING.ID, true).set(CALENDAR_SETTING.HOLIDAY_ZONE, zone.name())
                .onConflict(CALENDAR_SETTING.ID).doUpdate().set(CALENDAR_SETTING.HOLIDAY_ZONE, zone.name())
                .execute();
    }

    @Override
    public List<Stored> holidaysOverlapping(DateRange range) {
        return dsl.selectFrom(SCHOOL_HOLIDAY)
                .where(SCHOOL_HOLIDAY.FIRST_DAY_OFF.le(range.end()))
                .and(SCHOOL_HOLIDAY.LAST_DAY_OFF.ge(range.start()))
                .orderBy(SCHOOL_HOLIDAY.FIRST_DAY_OFF, SCHOOL_HOLIDAY.ZONE)
                .fetch(row -> new Stored(row.getId(), new SchoolHoliday(SchoolHolidayZone.valueOf(row.getZone()),
                        SchoolHolidayName.valueOf(row.getName()),
                        new DateRange(row.getFirstDayOff(), row.getLastDayOff()))));
    }

    @Override
    public void addHoliday(Stored holiday) {
        SchoolHoliday value = holiday.holiday();
        dsl.insertInto(SCHOOL_HOLIDAY)
                .set(SCHOOL_HOLIDAY.ID, holiday.id())
                .set(SCHOOL_HOLIDAY.ZONE, value.zone().name())
                .set(SCHOOL_HOLIDAY.NAME, value.name().name())
                .set(SCHOOL_HOLIDAY.FIRST_DAY_OFF, value.daysOff().start())
                .set(SCHOOL_HOLIDAY.LAST_DAY_OFF, value.daysOff().end())
                .execute();
    }

    @Override
    public boolean removeHoliday(UUID id) {
        return dsl.deleteFrom(SCHOOL_HOLIDAY).where(SCHOOL_HOLIDAY.ID.eq(id)).execute() == 1;
    }
}
