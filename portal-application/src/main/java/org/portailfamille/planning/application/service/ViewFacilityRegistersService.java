package org.portailfamille.planning.application.service;

import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.AttendanceRegister;
import org.portailfamille.planning.application.port.in.FacilityRegisters;
import org.portailfamille.planning.application.port.in.ViewAttendanceRegisterUseCase;
import org.portailfamille.planning.application.port.in.ViewFacilityRegistersUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Facility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public class ViewFacilityRegistersService implements ViewFacilityRegistersUseCase {

    private final Facilities facilities;
    private final Activities activities;
    private final ViewAttendanceRegisterUseCase registers;

    public ViewFacilityRegistersService(Facilities facilities, Activities activities,
                                        ViewAttendanceRegisterUseCase registers) {
        this.facilities = facilities;
        this.activities = activities;
        this.registers = registers;
    }

    @Override
    public List<FacilityRegisters.Choice> registerFacilities() {
        return facilities.all().stream()
                .map(facility -> new FacilityRegisters.Choice(facility.id().value(), facility.name()))
                .sorted(Comparator.comparing(FacilityRegisters.Choice::name))
                .toList();
    }

    @Override
    public Optional<FacilityRegisters> facilityRegisters(UUID facilityId, LocalDate day) {
        Optional<Facility> facility = facilities.byId(new FacilityId(facilityId));
        if (facility.isEmpty()) {
            return Optional.empty();
        }
        List<AttendanceRegister> ofDay = registers.facilityRegisters(facilityId, day);
        return Optional.of(new FacilityRegisters(facilityId, facility.get().name(), day, ofDay));
    }
}
