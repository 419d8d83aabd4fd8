package org.portailfamille.messaging.adapter.out.persistence;

import org.jooq.DSLContext;
import org.portailfamille.messaging.application.port.out.PreferenceChoices;
import org.portailfamille.messaging.domain.ChannelPreference;
import org.portailfamille.messaging.domain.FamilyAdult;
import org.portailfamille.messaging.domain.NotificationKind;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.portailfamille.messaging.adapter.out.persistence.jooq.Tables.NOTIFICATION_PREFERENCE;

@Repository
class JooqPreferenceChoices implements PreferenceChoices {

    private final DSLContext dsl;

    JooqPreferenceChoices(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ChannelPreference> of(FamilyId familyId, FamilyAdult adult) {
        return dsl.selectFrom(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.FAMILY_ID.eq(familyId.value()))
                .and(NOTIFICATION_PREFERENCE.ADULT.eq(adult.name()))
                .fetch(row -> new ChannelPreference(NotificationKind.valueOf(row.getKind()), row.getEmail(),
                        row.getSms()));
    }

    @Override
    public java.util.Map<FamilyId, java.util.Map<FamilyAdult, List<ChannelPreference>>> ofFamilies(
            java.util.Collection<FamilyId> familyIds) {
        java.util.Map<FamilyId, java.util.Map<FamilyAdult, List<ChannelPreference>>> choices = new java.util.HashMap<>();
        if (familyIds.isEmpty()) {
            return choices;
        }
        List<java.util.UUID> ids = familyIds.stream().map(FamilyId::value).distinct().toList();
        // IN lists of at most 1,000 ids, not a bound array (ADR 0041: the generic plan of = ANY(?) scanned the table)
        for (int from = 0; from < ids.size(); from += 1_000) {
            dsl.selectFrom(NOTIFICATION_PREFERENCE)
                    .where(NOTIFICATION_PREFERENCE.FAMILY_ID.in(ids.subList(from, Math.min(ids.size(), from + 1_000))))
                    .forEach(row -> choices.computeIfAbsent(new FamilyId(row.getFamilyId()), id -> new java.util.EnumMap<>(FamilyAdult.class))
                            .computeIfAbsent(FamilyAdult.valueOf(row.getAdult()), adult -> new java.util.ArrayList<>())
                            .add(new ChannelPreference(NotificationKind.valueOf(row.getKind()), row.getEmail(),
                                    row.getSms())));
        }
        return choices;
    }

    @Override
    public void save(FamilyId familyId, FamilyAdult adult, List<ChannelPreference> choices) {
        for (ChannelPreference choice : choices) {
            dsl.insertInto(NOTIFICATION_PREFERENCE)
                    .set(NOTIFICATION_PREFERENCE.FAMILY_ID, familyId.value())
                    .set(NOTIFICATION_PREFERENCE.ADULT, adult.name())
                    .set(NOTIFICATION_PREFERENCE.KIND, choice.kind().name())
                    .set(NOTIFICATION_PREFERENCE.EMAIL, choice.email())
                    .set(NOTIFICATION_PREFERENCE.SMS, choice.sms())
                    .onConflict(NOTIFICATION_PREFERENCE.FAMILY_ID, NOTIFICATION_PREFERENCE.ADULT,
                            NOTIFICATION_PREFERENCE.KIND)
                    .doUpdate()
                    .set(NOTIFICATION_PREFERENCE.EMAIL, choice.email())
                    .set(NOTIFICATION_PREFERENCE.SMS, choice.sms())
                    .execute();
        }
    }
}
