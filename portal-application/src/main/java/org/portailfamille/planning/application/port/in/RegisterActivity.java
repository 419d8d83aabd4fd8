package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** An activity whose daily register staff may open: its id, name and facility. */
public record RegisterActivity(UUID activityId, String name, String facilityName) {
}
