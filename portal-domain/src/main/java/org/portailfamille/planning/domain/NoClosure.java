package org.portailfamille.planning.domain;

import java.time.LocalDate;

/** National public holidays, nothing closed: {@link CalendarContext#withoutClosures()}. */
enum NoClosure implements CalendarContext {
    INSTANCE;

    @Override
    public boolean isPublicHoliday(LocalDate day) {
        return PublicHolidays.isPublicHoliday(day);
    }

    @Override
    public boolean isClosed(LocalDate day) {
        return false;
    }
}
