package org.portailfamille.planning.application.port.in;

/** A new facility (structure) and its name. */
public record SetUpFacilityCommand(String name) {
}
