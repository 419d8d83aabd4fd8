package org.portailfamille.planning;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Staff closed days of a facility (all its activities) or of one activity, and the bookings of those days were
 * cancelled at once, their places freed. Families whose bookings were cancelled are told (messaging); billing may
 * credit prepaid days.
 *
 * @param eventId      identity of this closing, for idempotent listeners
 * @param facilityName the facility
 * @param activityName the activity closed, or empty when the whole facility is
 * @param firstDay     first closed day
 * @param lastDay      last closed day
 * @param reason       STRIKE, WORKS, BRIDGE_DAY or OTHER
 * @param details      the words staff gave for families (may be empty)
 * @param cancelled    the bookings cancelled, one per child and day
 */
@NamedInterface("events")
public record ActivityDaysClosed(UUID eventId, String facilityName, String activityName, LocalDate firstDay,
                                 LocalDate lastDay, String reason, String details, List<CancelledBooking> cancelled) {

    /** One booking cancelled by the closing. */
    public record CancelledBooking(UUID reservationId, FamilyId familyId, ChildId childId, UUID activityId,
                                   String activityName, LocalDate day) {
        public CancelledBooking {
            Objects.requireNonNull(reservationId, "reservationId");
            Objects.requireNonNull(familyId, "familyId");
            Objects.requireNonNull(childId, "childId");
            Objects.requireNonNull(activityId, "activityId");
            Objects.requireNonNull(activityName, "activityName");
            Objects.requireNonNull(day, "day");
        }
    }

    public ActivityDaysClosed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(facilityName, "facilityName");
        Objects.requireNonNull(activityName, "activityName");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(details, "details");
        cancelled = List.copyOf(cancelled);
    }

    /** The families whose bookings were cancelled, in the order of the cancelled bookings. */
    public Set<FamilyId> familyIds() {
        Set<FamilyId> families = new LinkedHashSet<>();
        cancelled.forEach(booking -> families.add(booking.familyId()));
        return families;
    }

    /** The cancelled bookings of one family. */
    public List<CancelledBooking> cancelledFor(FamilyId family) {
        return cancelled.stream().filter(booking -> booking.familyId().equals(family)).toList();
    }
}
