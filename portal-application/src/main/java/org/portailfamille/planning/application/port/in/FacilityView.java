package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** A facility as the back office shows it. */
public record FacilityView(UUID id, String name) {
}
