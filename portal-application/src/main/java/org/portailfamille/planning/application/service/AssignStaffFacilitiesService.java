package org.portailfamille.planning.application.service;

import org.portailfamille.accounts.application.port.in.ListStaffLoginsUseCase;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesCommand;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesUseCase;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.StaffAssignments;
import org.portailfamille.planning.domain.StaffAssignment;

import java.util.Set;
import java.util.stream.Collectors;

public class AssignStaffFacilitiesService implements AssignStaffFacilitiesUseCase {

    private final StaffAssignments assignments;
    private final Facilities facilities;
    private final ListStaffLoginsUseCase staffLogins;

    public AssignStaffFacilitiesService(StaffAssignments assignments, Facilities facilities,
                                        ListStaffLoginsUseCase staffLogins) {
        this.assignments = assignments;
        this.facilities = facilities;
        this.staffLogins = staffLogins;
    }

    @Override
    public boolean assignStaffFacilities(AssignStaffFacilitiesCommand command) {
        if (staffLogins.staffLogins().stream().noneMatch(login -> login.loginId().equals(command.loginId()))) {
            return false;
        }
        Set<FacilityId> chosen = command.facilityIds().stream().map(FacilityId::new).collect(Collectors.toSet());
        if (!command.allFacilities() && chosen.stream().anyMatch(id -> facilities.byId(id).isEmpty())) {
            return false;
        }
        assignments.save(new StaffAssignment(command.loginId(), command.allFacilities(), chosen));
        return true;
    }
}
