package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Read-only: the families concerned by an activity, a facility or a day, e.g. for a message to all of them. Each
 * family once, in no particular order.
 */
public interface ListFamiliesConcernedUseCase {

    /** Families with a child enrolled in the activity whose enrolment does not end before {@code from}. */
    List<FamilyId> familiesOfActivity(UUID activityId, LocalDate from);

    /** Families with a child enrolled in any activity of the facility, enrolment not ending before {@code from}. */
    List<FamilyId> familiesOfFacility(UUID facilityId, LocalDate from);

    /**
     * Families with a child booked (active reservation, confirmed or awaiting validation) on {@code day} in the
     * facility, only in {@code activityId} when given.
     */
    List<FamilyId> familiesBookedOn(UUID facilityId, @Nullable UUID activityId, LocalDate day);
}
