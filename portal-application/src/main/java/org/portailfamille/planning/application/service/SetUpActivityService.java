package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.in.SetUpActivityUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.Facility;

import java.util.UUID;

public class SetUpActivityService implements SetUpActivityUseCase {

    private final Facilities facilities;
    private final Activities activities;

    public SetUpActivityService(Facilities facilities, Activities activities) {
        this.facilities = facilities;
        this.activities = activities;
    }

    @Override
    public UUID setUpActivity(SetUpActivityCommand command) {
        Facility facility = facilities.byId(new FacilityId(command.facilityId()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown facility " + command.facilityId()));
        Activity activity = new Activity(ActivityId.newId(), facility.id(), command.regieId(), command.name(),
                command.weekdays(), new Capacity(command.places(), command.almostFullThreshold()),
                BookingMode.valueOf(command.bookingMode()), DeadlineRules.policyOf(command),
                DeadlineRules.seasonOf(command));
        activities.add(activity);
        return activity.id().value();
    }
}
