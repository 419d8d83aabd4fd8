package org.portailfamille.planning.application.service;

import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.StaffFacilities;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.portailfamille.planning.application.port.out.StaffAssignments;
import org.portailfamille.planning.domain.StaffAssignment;

import java.util.UUID;
import java.util.stream.Collectors;

public class ViewStaffFacilitiesService implements ViewStaffFacilitiesUseCase {

    private final StaffAssignments assignments;

    public ViewStaffFacilitiesService(StaffAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public StaffFacilities staffFacilities(UUID loginId) {
        StaffAssignment assignment = assignments.of(loginId).orElseGet(() -> StaffAssignment.none(loginId));
        return new StaffFacilities(assignment.allFacilities(),
                assignment.facilities().stream().map(FacilityId::value).collect(Collectors.toSet()));
    }
}
