package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** An activity whose daily register staff may open: its id, name and facility (name and id). */
public record RegisterActivity(UUID activityId, String name, String facilityName, UUID facilityId) {
}
