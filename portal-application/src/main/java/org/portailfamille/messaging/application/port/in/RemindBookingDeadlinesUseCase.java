package org.portailfamille.messaging.application.port.in;

/**
 * The daily reminder "dernier jour pour réserver demain": each family with a regular day not booked whose booking
 * deadline is tomorrow gets one message (and e-mail/SMS per its preferences, kind BOOKING_DEADLINE_TOMORROW). Run as
 * often as wanted: a family is told once per deadline day.
 */
public interface RemindBookingDeadlinesUseCase {

    /** Returns how many families were told now (0 on a rerun the same day). */
    int remindBookingDeadlines();
}
