package org.portailfamille.messaging.application.port.out;

import org.portailfamille.messaging.domain.ChannelPreference;
import org.portailfamille.messaging.domain.FamilyAdult;
import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The notification choices adults made (kinds never chosen have no row). */
public interface PreferenceChoices {

    List<ChannelPreference> of(FamilyId familyId, FamilyAdult adult);

    /** The choices of every adult of these families in one read (a family with none has no key). */
    default java.util.Map<FamilyId, java.util.Map<FamilyAdult, List<ChannelPreference>>> ofFamilies(
            java.util.Collection<FamilyId> familyIds) {
        java.util.Map<FamilyId, java.util.Map<FamilyAdult, List<ChannelPreference>>> choices = new java.util.HashMap<>();
        for (FamilyId family : familyIds) {
            for (FamilyAdult adult : FamilyAdult.values()) {
                List<ChannelPreference> chosen = of(family, adult);
                if (!chosen.isEmpty()) {
                    choices.computeIfAbsent(family, id -> new java.util.EnumMap<>(FamilyAdult.class)).put(adult, chosen);
                }
            }
        }
        return choices;
    }

    /** Stores these choices (insert or replace, per kind). */
    void save(FamilyId familyId, FamilyAdult adult, List<ChannelPreference> choices);
}
