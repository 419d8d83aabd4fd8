package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/**
 * Enrols a child in an activity for a period. Returns the enrolment's id; an unknown activity, regular days the
 * activity does not run, or a period overlapping another enrolment of the child in the activity are refused.
 */
public interface EnrolChildUseCase {
    UUID enrolChild(EnrolChildCommand command);
}
