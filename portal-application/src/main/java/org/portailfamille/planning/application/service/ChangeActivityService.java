package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.ChangeActivityUseCase;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.Capacity;

import java.util.Optional;
import java.util.UUID;

public class ChangeActivityService implements ChangeActivityUseCase {

    private final Activities activities;

    public ChangeActivityService(Activities activities) {
        this.activities = activities;
    }

    @Override
    public boolean changeActivity(UUID activityId, SetUpActivityCommand command) {
        Optional<Activity> existing = activities.byId(new ActivityId(activityId));
        if (existing.isEmpty() || !existing.get().facility().value().equals(command.facilityId())) {
            return false;
        }
        Activity changed = new Activity(existing.get().id(), existing.get().facility(), command.regieId(),
                command.name(), command.weekdays(), new Capacity(command.places(), command.almostFullThreshold()),
                BookingMode.valueOf(command.bookingMode()), DeadlineRules.policyOf(command));
        activities.update(changed);
        return true;
    }
}
