package org.portailfamille.messaging.application.port.in;

/**
 * Tells a family that days were closed and its bookings of those days cancelled: a message in its inbox, and an
 * e-mail when "Autorisation courriel" allows it. Telling the same notice again does nothing.
 */
public interface NotifyDaysClosedUseCase {
    void notifyDaysClosed(DaysClosedNotice notice);
}
