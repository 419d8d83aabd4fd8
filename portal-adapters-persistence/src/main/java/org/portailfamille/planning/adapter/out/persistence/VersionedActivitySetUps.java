package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivitySetUps;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Facilities;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The activities' set-up kept in memory under the set-up version of PostgreSQL (ADR 0036): each call reads the
 * version (one query) and uses a kept set-up only when it was read under that very version; triggers add one to the
 * version in every transaction that changes a facility, an activity, its sessions, a closure or a booking period, so
 * a change by any instance is seen by the next page of every instance. A set-up is read after the version, so it is
 * never older than the version it is kept under.
 */
@Repository
class VersionedActivitySetUps implements ActivitySetUps {

    private final DSLContext dsl;
    private final ActivitySetUps reading;
    private final Map<ActivityId, Kept> kept = new ConcurrentHashMap<>();

    VersionedActivitySetUps(DSLContext dsl, Activities activities, Facilities facilities, Closures closures,
                            BookingPeriods bookingPeriods) {
        this.dsl = dsl;
        this.reading = ActivitySetUps.direct(activities, facilities, closures, bookingPeriods);
    }

    private record Kept(long version, SetUp setUp) {
    }

    @Override
    public Map<ActivityId, SetUp> setUpsOf(Collection<ActivityId> ids) {
        Map<ActivityId, SetUp> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        long version = version();
        for (ActivityId id : ids) {
            Kept entry = kept.get(id);
            if (entry != null && entry.version() == version) {
                found.put(id, entry.setUp());
                continue;
            }
            read(id).ifPresent(setUp -> {
                kept.put(id, new Kept(version, setUp));
                found.put(id, setUp);
            });
        }
        return found;
    }

    private long version() {
        org.jooq.Record row = dsl.fetchOne("select version from planning.set_up_version where id = 1");
        Long version = row == null ? null : row.get(0, Long.class);
        return version == null ? -1 : version;
    }

    private Optional<SetUp> read(ActivityId id) {
        return Optional.ofNullable(reading.setUpsOf(java.util.List.of(id)).get(id));
    }
}
