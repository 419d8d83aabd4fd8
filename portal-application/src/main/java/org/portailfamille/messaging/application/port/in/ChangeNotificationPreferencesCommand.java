package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;
import java.util.Objects;

/**
 * An adult's new choices. Kinds not listed keep their current value. E-mail cannot be chosen without an address
 * nor SMS without a mobile number.
 *
 * @param adult GUARDIAN or PARTNER
 */
public record ChangeNotificationPreferencesCommand(FamilyId familyId, String adult, List<ChannelChoice> choices) {
    public ChangeNotificationPreferencesCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(adult, "adult");
        choices = List.copyOf(choices);
    }
}
