package org.portailfamille.billing.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.portailfamille.billing.adapter.out.persistence.jooq.tables.records.TariffRecord;
import org.portailfamille.billing.application.port.out.Tariffs;
import org.portailfamille.billing.domain.Bracket;
import org.portailfamille.billing.domain.CareKind;
import org.portailfamille.billing.domain.ReasonEffect;
import org.portailfamille.billing.domain.Tariff;
import org.portailfamille.billing.domain.TariffUnit;
import org.portailfamille.shared.Money;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.TARIFF;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.TARIFF_BRACKET;
import static org.portailfamille.billing.adapter.out.persistence.jooq.Tables.TARIFF_REASON_EFFECT;

@Repository
class JooqTariffs implements Tariffs {

    private final DSLContext dsl;

    JooqTariffs(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void lockActivity(UUID activityId) {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class,
                DSL.val((long) activityId.hashCode() ^ 0x7461726966L))).fetch();
    }

    @Override
    public void add(Tariff tariff) {
        dsl.insertInto(TARIFF)
                .set(TARIFF.ID, tariff.id())
                .set(TARIFF.ACTIVITY_ID, tariff.activityId())
                .set(TARIFF.LABEL, tariff.label())
                .set(TARIFF.UNIT, tariff.unit().name())
                .set(TARIFF.QUANTITY_PER_DAY, tariff.quantityPerDay())
                .set(TARIFF.VALID_FROM, tariff.validFrom())
                .set(TARIFF.VALID_TO, tariff.validTo())
                .set(TARIFF.LATE_BOOKING_PERCENT, tariff.lateBookingPercent())
                .set(TARIFF.NO_BOOKING_SURCHARGE, tariff.noBookingSurcharge().amount())
                .set(TARIFF.CARE_KIND, tariff.careKind().name())
                .execute();
        for (Bracket bracket : tariff.brackets()) {
            dsl.insertInto(TARIFF_BRACKET).set(TARIFF_BRACKET.TARIFF_ID, tariff.id())
                    .set(TARIFF_BRACKET.QUOTIENT_FROM, bracket.quotientFrom())
                    .set(TARIFF_BRACKET.PRICE, bracket.price().amount()).execute();
        }
        tariff.reasonEffects().forEach((reason, effect) -> dsl.insertInto(TARIFF_REASON_EFFECT)
                .set(TARIFF_REASON_EFFECT.TARIFF_ID, tariff.id())
                .set(TARIFF_REASON_EFFECT.REASON_CODE, reason)
                .set(TARIFF_REASON_EFFECT.EFFECT, effect.effect().name())
                .set(TARIFF_REASON_EFFECT.AMOUNT, effect.amount().amount()).execute());
    }

    @Override
    public List<Tariff> ofActivity(UUID activityId) {
        return ofActivities(List.of(activityId));
    }

    @Override
    public List<Tariff> ofActivities(Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        List<TariffRecord> rows = dsl.selectFrom(TARIFF).where(TARIFF.ACTIVITY_ID.in(activityIds))
                .orderBy(TARIFF.VALID_FROM.desc()).fetch();
        List<UUID> ids = rows.stream().map(TariffRecord::getId).toList();
        Map<UUID, List<Bracket>> brackets = new HashMap<>();
        dsl.selectFrom(TARIFF_BRACKET).where(TARIFF_BRACKET.TARIFF_ID.in(ids)).orderBy(TARIFF_BRACKET.QUOTIENT_FROM)
                .forEach(row -> brackets.computeIfAbsent(row.getTariffId(), id -> new java.util.ArrayList<>())
                        .add(new Bracket(row.getQuotientFrom(), new Money(row.getPrice()))));
        Map<UUID, Map<String, ReasonEffect>> effects = new HashMap<>();
        dsl.selectFrom(TARIFF_REASON_EFFECT).where(TARIFF_REASON_EFFECT.TARIFF_ID.in(ids))
                .forEach(row -> effects.computeIfAbsent(row.getTariffId(), id -> new HashMap<>())
                        .put(row.getReasonCode(), new ReasonEffect(ReasonEffect.Effect.valueOf(row.getEffect()),
                                new Money(row.getAmount()))));
        return rows.stream().map(row -> new Tariff(row.getId(), row.getActivityId(), row.getLabel(),
                TariffUnit.valueOf(row.getUnit()), row.getQuantityPerDay(), row.getValidFrom(), row.getValidTo(),
                brackets.getOrDefault(row.getId(), List.of()), row.getLateBookingPercent(),
                new Money(row.getNoBookingSurcharge()), effects.getOrDefault(row.getId(), Map.of()),
                CareKind.valueOf(row.getCareKind()))).toList();
    }
}
