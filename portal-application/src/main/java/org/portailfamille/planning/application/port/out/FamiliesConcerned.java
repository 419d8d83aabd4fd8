package org.portailfamille.planning.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Which families enrolments and bookings concern (read-only queries). */
public interface FamiliesConcerned {

    List<FamilyId> enrolledInActivity(UUID activityId, LocalDate from);

    List<FamilyId> enrolledInFacility(UUID facilityId, LocalDate from);

    List<FamilyId> bookedOn(UUID facilityId, @Nullable UUID activityId, LocalDate day);
}
