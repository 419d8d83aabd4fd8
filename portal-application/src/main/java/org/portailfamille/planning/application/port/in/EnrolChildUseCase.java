package org.portailfamille.planning.application.port.in;

/**
 * Enrols a child in an activity for a period. An unknown activity, regular days the activity does not run, or a
 * period overlapping another enrolment of the child in the activity are refused.
 * <p>
 * Regular days count as booked without a request: every regular weekday of the period, from today on, on which the
 * activity runs and is neither closed nor a public holiday, becomes a confirmed reservation of origin REGULAR, each
 * taking a place of the day (the database decides). Days without a place left are not booked and are returned.
 */
public interface EnrolChildUseCase {
    EnrolChildResult enrolChild(EnrolChildCommand command);
}
