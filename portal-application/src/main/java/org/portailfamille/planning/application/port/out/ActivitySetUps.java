package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingPeriod;
import org.portailfamille.planning.domain.Closure;
import org.portailfamille.planning.domain.Facility;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The read-mostly set-up of activities as a page shows it (issue 14, ADR 0036): the activity, its facility, the
 * closures that concern it and its booking periods, for several activities at once. An implementation may keep them
 * in memory as long as nothing of the set-up changed (it asks PostgreSQL's set-up version once per call), so it is
 * for pages only: commands read the set-up themselves, locks included.
 */
public interface ActivitySetUps {

    /** The set-up of each known activity among {@code activities} (an unknown one is left out). */
    Map<ActivityId, SetUp> setUpsOf(Collection<ActivityId> activities);

    /** The set-up read from the ports at every call, nothing kept (tests, and what a keeping implementation reads). */
    static ActivitySetUps direct(Activities activities, Facilities facilities, Closures closures,
                                 BookingPeriods bookingPeriods) {
        return ids -> {
            Map<ActivityId, SetUp> found = new java.util.LinkedHashMap<>();
            for (ActivityId id : ids) {
                activities.byId(id).ifPresent(activity -> found.put(id, new SetUp(activity,
                        facilities.byId(activity.facility()).orElseThrow(() -> new IllegalStateException(
                                "Unknown facility " + activity.facility())),
                        closures.closing(activity), bookingPeriods.of(id))));
            }
            return found;
        };
    }

    record SetUp(Activity activity, Facility facility, List<Closure> closures, List<BookingPeriod> bookingPeriods) {
        public SetUp {
            closures = List.copyOf(closures);
            bookingPeriods = List.copyOf(bookingPeriods);
        }
    }
}
