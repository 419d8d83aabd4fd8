package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A tariff as staff see it (same fields as {@link SetUpTariffCommand}; {@code careKind} always set). */
public record TariffView(UUID id, UUID activityId, String label, TariffUnit unit, BigDecimal quantityPerDay,
                         LocalDate validFrom, @Nullable LocalDate validTo, boolean flat,
                         List<SetUpTariffCommand.BracketLine> brackets, BigDecimal lateBookingSurchargePercent,
                         BigDecimal noBookingSurcharge, List<SetUpTariffCommand.ReasonEffectLine> reasonEffects,
                         String careKind) {
    public TariffView {
        brackets = List.copyOf(brackets);
        reasonEffects = List.copyOf(reasonEffects);
    }
}
