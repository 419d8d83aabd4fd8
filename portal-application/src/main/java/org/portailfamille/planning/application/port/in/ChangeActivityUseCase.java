package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/**
 * Staff change an activity's settings (its facility stays). False when the activity does not exist, or belongs to
 * another facility than {@code command.facilityId()}; a bad parameter is refused.
 */
public interface ChangeActivityUseCase {
    boolean changeActivity(UUID activityId, SetUpActivityCommand command);
}
