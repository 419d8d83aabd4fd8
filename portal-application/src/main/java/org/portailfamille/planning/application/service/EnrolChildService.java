package org.portailfamille.planning.application.service;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.application.port.in.EnrolChildCommand;
import org.portailfamille.planning.application.port.in.EnrolChildUseCase;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Enrolment;
import org.portailfamille.shared.DateRange;

import java.util.UUID;

public class EnrolChildService implements EnrolChildUseCase {

    private final Activities activities;
    private final Enrolments enrolments;

    public EnrolChildService(Activities activities, Enrolments enrolments) {
        this.activities = activities;
        this.enrolments = enrolments;
    }

    @Override
    public UUID enrolChild(EnrolChildCommand command) {
        Activity activity = activities.byId(new ActivityId(command.activityId()))
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity " + command.activityId()));
        DateRange period = new DateRange(command.firstDay(), command.lastDay());
        if (enrolments.of(command.childId(), activity.id()).stream().anyMatch(other -> other.overlaps(period))) {
            throw new IllegalArgumentException("The child is already enrolled in the activity in that period");
        }
        Enrolment enrolment = Enrolment.of(command.childId(), command.familyId(), activity, period,
                command.regularDays());
        enrolments.add(enrolment);
        return enrolment.id();
    }
}
