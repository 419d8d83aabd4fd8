package org.portailfamille.planning.adapter.out.persistence;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** Sets of weekdays as the bit masks of the planning schema: bit 0 is Monday, bit 6 Sunday. */
final class Weekdays {

    private Weekdays() {
    }

    static short mask(Set<DayOfWeek> weekdays) {
        int mask = 0;
        for (DayOfWeek weekday : weekdays) {
            mask |= 1 << (weekday.getValue() - 1);
        }
        return (short) mask;
    }

    static Set<DayOfWeek> of(short mask) {
        EnumSet<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if ((mask & (1 << (weekday.getValue() - 1))) != 0) {
                weekdays.add(weekday);
            }
        }
        return weekdays;
    }
}
