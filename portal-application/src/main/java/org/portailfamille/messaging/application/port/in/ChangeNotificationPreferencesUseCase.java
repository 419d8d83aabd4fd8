package org.portailfamille.messaging.application.port.in;

import java.util.List;

/**
 * Saves an adult's choices; returns the problems (codes UNKNOWN_ADULT, NO_EMAIL_ADDRESS, NO_MOBILE_PHONE, French
 * texts "messaging.problem." + code), nothing saved then.
 */
public interface ChangeNotificationPreferencesUseCase {
    List<MessageProblem> changeNotificationPreferences(ChangeNotificationPreferencesCommand command);
}
