package org.portailfamille.messaging.application.port.in;

/**
 * A family writes to a facility about any question: a new conversation in its "messages envoyés" and in that
 * facility's staff inbox. Bad input (empty subject, attachment not PDF/JPEG/PNG or over 5 MB...) sends nothing.
 */
public interface WriteToFacilityUseCase {
    MessageOutcome writeToFacility(WriteToFacilityCommand command);
}
