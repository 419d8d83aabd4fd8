package org.portailfamille.planning;

import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.NamedInterface;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Staff changed an activity's weekdays or season (ADR 0030), and the bookings of days it no longer offers were
 * cancelled at once, their places freed. Families whose bookings were cancelled are told (messaging).
 *
 * @param eventId      identity of this change, for idempotent listeners
 * @param facilityName the facility
 * @param activityName the activity changed
 * @param cancelled    the bookings cancelled, one per child and day
 */
@NamedInterface("events")
public record ActivityScheduleChanged(UUID eventId, String facilityName, String activityName,
                                      List<ActivityDaysClosed.CancelledBooking> cancelled) {

    public ActivityScheduleChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(facilityName, "facilityName");
        Objects.requireNonNull(activityName, "activityName");
        cancelled = List.copyOf(cancelled);
    }

    /** The families whose bookings were cancelled, in the order of the cancelled bookings. */
    public Set<FamilyId> familyIds() {
        Set<FamilyId> families = new LinkedHashSet<>();
        cancelled.forEach(booking -> families.add(booking.familyId()));
        return families;
    }

    /** The cancelled bookings of one family. */
    public List<ActivityDaysClosed.CancelledBooking> cancelledFor(FamilyId family) {
        return cancelled.stream().filter(booking -> booking.familyId().equals(family)).toList();
    }
}
