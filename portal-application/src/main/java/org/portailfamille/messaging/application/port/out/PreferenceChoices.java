package org.portailfamille.messaging.application.port.out;

import org.portailfamille.messaging.domain.ChannelPreference;
import org.portailfamille.messaging.domain.FamilyAdult;
import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The notification choices adults made (kinds never chosen have no row). */
public interface PreferenceChoices {

    List<ChannelPreference> of(FamilyId familyId, FamilyAdult adult);

    /** Stores these choices (insert or replace, per kind). */
    void save(FamilyId familyId, FamilyAdult adult, List<ChannelPreference> choices);
}
