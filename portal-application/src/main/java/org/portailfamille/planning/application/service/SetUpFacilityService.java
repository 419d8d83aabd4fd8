package org.portailfamille.planning.application.service;

import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.SetUpFacilityCommand;
import org.portailfamille.planning.application.port.in.SetUpFacilityUseCase;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.domain.Facility;

import java.util.UUID;

public class SetUpFacilityService implements SetUpFacilityUseCase {

    private final Facilities facilities;

    public SetUpFacilityService(Facilities facilities) {
        this.facilities = facilities;
    }

    @Override
    public UUID setUpFacility(SetUpFacilityCommand command) {
        Facility facility = new Facility(FacilityId.newId(), command.name());
        facilities.add(facility);
        return facility.id().value();
    }
}
