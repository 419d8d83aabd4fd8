package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The enrolment made, and the regular days it could not book because no place was left (shown to staff, who may
 * free a place or tell the family); every other regular day of the enrolment is booked.
 *
 * @param enrolmentId     the enrolment's id
 * @param regularDaysBooked how many regular days were booked
 * @param daysWithoutPlace the regular days left unbooked for want of a place, in day order
 */
public record EnrolChildResult(UUID enrolmentId, int regularDaysBooked, List<LocalDate> daysWithoutPlace) {

    public EnrolChildResult {
        Objects.requireNonNull(enrolmentId, "enrolmentId");
        daysWithoutPlace = List.copyOf(daysWithoutPlace);
    }
}
