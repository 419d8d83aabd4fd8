package org.portailfamille.billing.application.service;

import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.billing.application.port.in.DayPriceQuery;
import org.portailfamille.billing.application.port.in.DayPriceQuote;
import org.portailfamille.billing.application.port.in.ListTariffsUseCase;
import org.portailfamille.billing.application.port.in.QuoteDayPriceUseCase;
import org.portailfamille.billing.application.port.in.SetUpTariffCommand;
import org.portailfamille.billing.application.port.in.SetUpTariffResult;
import org.portailfamille.billing.application.port.in.SetUpTariffUseCase;
import org.portailfamille.billing.application.port.in.TariffUnit;
import org.portailfamille.billing.application.port.in.TariffView;
import org.portailfamille.billing.application.port.out.Tariffs;
import org.portailfamille.billing.domain.Bracket;
import org.portailfamille.billing.domain.CareKind;
import org.portailfamille.billing.domain.ReasonEffect;
import org.portailfamille.billing.domain.Tariff;
import org.portailfamille.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public class TariffService implements SetUpTariffUseCase, ListTariffsUseCase, QuoteDayPriceUseCase {

    private final Tariffs tariffs;
    private final GetFamilyFileUseCase familyFiles;

    public TariffService(Tariffs tariffs, GetFamilyFileUseCase familyFiles) {
        this.tariffs = tariffs;
        this.familyFiles = familyFiles;
    }

    @Override
    public SetUpTariffResult setUpTariff(SetUpTariffCommand command) {
        List<String> problems = new ArrayList<>();
        List<Bracket> brackets = new ArrayList<>();
        for (SetUpTariffCommand.BracketLine line : command.brackets()) {
            if (!isMoney(line.price()) || line.quotientFrom() == null || line.quotientFrom().signum() < 0) {
                problems.add("price.invalid");
                break;
            }
            brackets.add(new Bracket(line.quotientFrom(), new Money(line.price())));
        }
        Map<String, ReasonEffect> effects = new HashMap<>();
        for (SetUpTariffCommand.ReasonEffectLine line : command.reasonEffects()) {
            ReasonEffect.Effect effect;
            try {
                effect = ReasonEffect.Effect.valueOf(line.effect());
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("reason.unknown");
                continue;
            }
            if (effect == ReasonEffect.Effect.FIXED_AMOUNT && !isMoney(line.amount())) {
                problems.add("reason.amountMissing");
                continue;
            }
            effects.put(line.reasonCode(), effect == ReasonEffect.Effect.FIXED_AMOUNT
                    ? new ReasonEffect(effect, new Money(line.amount())) : new ReasonEffect(effect, Money.ZERO));
        }
        Money noBooking = isMoney(command.noBookingSurcharge()) ? new Money(command.noBookingSurcharge()) : null;
        if (problems.isEmpty()) {
            problems.addAll(Tariff.problems(command.label(), command.quantityPerDay(), command.validFrom(),
                    command.validTo(), brackets, command.lateBookingSurchargePercent(), noBooking, effects));
        }
        org.portailfamille.billing.domain.TariffUnit domainUnit =
                org.portailfamille.billing.domain.TariffUnit.valueOf(command.unit().name());
        CareKind careKind = CareKind.defaultFor(domainUnit);
        if (command.careKind() != null && !command.careKind().isBlank()) {
            careKind = java.util.Arrays.stream(CareKind.values()).filter(k -> k.name().equals(command.careKind()))
                    .findFirst().orElse(null);
            if (careKind == null) {
                problems.add("careKind.unknown");
            }
        }
        if (!problems.isEmpty()) {
            return new SetUpTariffResult(null, problems.stream().distinct().toList());
        }
        Tariff tariff = new Tariff(UUID.randomUUID(), command.activityId(), command.label().strip(),
                org.portailfamille.billing.domain.TariffUnit.valueOf(command.unit().name()), command.quantityPerDay(),
                command.validFrom(), command.validTo(), brackets, command.lateBookingSurchargePercent(), noBooking,
                effects, careKind);
        tariffs.lockActivity(command.activityId());
        if (tariffs.ofActivity(command.activityId()).stream().anyMatch(tariff::overlaps)) {
            return new SetUpTariffResult(null, List.of("validity.overlap"));
        }
        tariffs.add(tariff);
        return new SetUpTariffResult(tariff.id(), List.of());
    }

    private static boolean isMoney(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2
                && amount.compareTo(new BigDecimal("1000000")) < 0;
    }

    @Override
    public List<TariffView> tariffsOf(UUID activityId) {
        return tariffs.ofActivity(activityId).stream().map(TariffService::view).toList();
    }

    static TariffView view(Tariff tariff) {
        return new TariffView(tariff.id(), tariff.activityId(), tariff.label(), TariffUnit.valueOf(tariff.unit().name()),
                tariff.quantityPerDay(), tariff.validFrom(), tariff.validTo(), tariff.isFlat(),
                tariff.brackets().stream().map(b -> new SetUpTariffCommand.BracketLine(b.quotientFrom(),
                        b.price().amount())).toList(),
                tariff.lateBookingPercent(), tariff.noBookingSurcharge().amount(),
                tariff.reasonEffects().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new SetUpTariffCommand.ReasonEffectLine(e.getKey(), e.getValue().effect().name(),
                                e.getValue().effect() == ReasonEffect.Effect.FIXED_AMOUNT
                                        ? e.getValue().amount().amount() : null)).toList(),
                tariff.careKind().name());
    }

    @Override
    public Optional<DayPriceQuote> quoteDay(DayPriceQuery query) {
        Optional<Tariff> found = tariffs.ofActivity(query.activityId()).stream()
                .filter(tariff -> tariff.covers(query.day())).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Tariff tariff = found.get();
        BigDecimal quotient = tariff.isFlat() ? null : FamilyQuotients.of(familyFiles, query.familyId());
        Bracket bracket = tariff.bracketFor(quotient);
        int index = tariff.brackets().indexOf(bracket);
        BigDecimal next = index + 1 < tariff.brackets().size() ? tariff.brackets().get(index + 1).quotientFrom() : null;
        return Optional.of(new DayPriceQuote(TariffUnit.valueOf(tariff.unit().name()), tariff.quantityPerDay(),
                bracket.price().amount(), tariff.dayPrice(quotient).amount(), tariff.isFlat(),
                tariff.isFlat() ? null : bracket.quotientFrom(), tariff.isFlat() ? null : next,
                !tariff.isFlat() && quotient == null, tariff.lateBookingPercent()));
    }
}
