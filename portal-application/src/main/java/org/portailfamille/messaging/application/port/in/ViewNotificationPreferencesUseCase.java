package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;

/**
 * The family adults' notification preferences (guardian first, then the partner if any). An adult who never chose
 * gets, for every kind, e-mail = "Autorisation courriel" and SMS = "Autorisation SMS" of Mon compte.
 */
public interface ViewNotificationPreferencesUseCase {
    List<AdultPreferences> notificationPreferences(FamilyId familyId);
}
