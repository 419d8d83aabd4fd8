package org.portailfamille.planning.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.planning.application.port.in.ListFamiliesConcernedUseCase;
import org.portailfamille.planning.application.port.out.FamiliesConcerned;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public class ListFamiliesConcernedService implements ListFamiliesConcernedUseCase {

    private final FamiliesConcerned families;

    public ListFamiliesConcernedService(FamiliesConcerned families) {
        this.families = families;
    }

    @Override
    public List<FamilyId> familiesOfActivity(UUID activityId, LocalDate from) {
        return families.enrolledInActivity(activityId, from);
    }

    @Override
    public List<FamilyId> familiesOfFacility(UUID facilityId, LocalDate from) {
        return families.enrolledInFacility(facilityId, from);
    }

    @Override
    public List<FamilyId> familiesBookedOn(UUID facilityId, @Nullable UUID activityId, LocalDate day) {
        return families.bookedOn(facilityId, activityId, day);
    }
}
