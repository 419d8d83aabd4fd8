package org.portailfamille.requests.application.port.in;

import java.util.UUID;

/**
 * Records a request that its owning module has already carried out under its rules (e.g. a booking of an activity
 * confirmed at once, a cancellation within the deadline): it is ACCEPTED by {@link #ACCEPTED_BY_RULES} at
 * submission, shows in the family's "Liste des demandes" among the accepted ones and never in the staff queue. No
 * {@code RequestAccepted} event is published: the owner applied it already and the family saw the result on the spot.
 */
public interface RecordAcceptedRequestUseCase {

    /** Who accepted a request recorded as accepted at once: the portal, by its rules, not a member of staff. */
    String ACCEPTED_BY_RULES = "portail";

    UUID recordAcceptedRequest(SubmitRequestCommand command);
}
