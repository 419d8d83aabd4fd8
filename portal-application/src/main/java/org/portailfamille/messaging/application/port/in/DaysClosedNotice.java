package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Days of a facility or activity were closed and bookings of one family cancelled: what to tell that family.
 *
 * @param causeId      identifies the closing and the family, so that a redelivered event sends nothing twice
 * @param activityName the activity closed, empty when the whole facility is
 * @param reason       STRIKE, WORKS, BRIDGE_DAY or OTHER
 * @param cancelled    the family's cancelled bookings
 */
public record DaysClosedNotice(UUID causeId, FamilyId familyId, String facilityName, String activityName,
                               LocalDate firstDay, LocalDate lastDay, String reason, String details,
                               List<CancelledDay> cancelled) {

    /** A cancelled booking: whose, of which activity, which day. */
    public record CancelledDay(String childName, String activityName, LocalDate day) {
    }

    public DaysClosedNotice {
        Objects.requireNonNull(causeId, "causeId");
        Objects.requireNonNull(familyId, "familyId");
        cancelled = List.copyOf(cancelled);
    }
}
