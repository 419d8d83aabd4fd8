package org.portailfamille.messaging.application.port.in;

import java.util.List;

/**
 * Saves contact details; returns the problems (codes UNKNOWN_FACILITY, ADDRESS_TOO_LONG, PHONE_INVALID,
 * EMAIL_INVALID; French texts "messaging.problem." + code), nothing saved then.
 */
public interface ChangeContactDetailsUseCase {
    List<MessageProblem> changeContactDetails(ChangeContactDetailsCommand command);
}
