package org.portailfamille.planning.application.service;

import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.RenameFacilityUseCase;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.domain.Facility;

import java.util.Optional;
import java.util.UUID;

public class RenameFacilityService implements RenameFacilityUseCase {

    private final Facilities facilities;

    public RenameFacilityService(Facilities facilities) {
        this.facilities = facilities;
    }

    @Override
    public Outcome renameFacility(UUID facilityId, String name) {
        FacilityId id = new FacilityId(facilityId);
        if (facilities.byId(id).isEmpty()) {
            return Outcome.UNKNOWN_FACILITY;
        }
        Facility renamed = new Facility(id, name);
        Optional<Facility> namesake = facilities.byName(renamed.name());
        if (namesake.isPresent() && !namesake.get().id().equals(id)) {
            return Outcome.NAME_TAKEN;
        }
        return facilities.rename(renamed) ? Outcome.RENAMED : Outcome.UNKNOWN_FACILITY;
    }
}
