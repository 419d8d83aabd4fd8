package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * The tariff created, or why not (nothing stored then). Problem codes: "label.blank", "quantity.invalid",
 * "validity.invalid", "validity.overlap" (another tariff of the activity covers some of these days),
 * "brackets.empty", "brackets.firstNotZero", "brackets.notIncreasing", "price.invalid", "surcharge.invalid",
 * "reason.unknown", "reason.amountMissing".
 */
public record SetUpTariffResult(@Nullable UUID tariffId, List<String> problems) {
    public SetUpTariffResult {
        problems = List.copyOf(problems);
    }

    public boolean created() {
        return tariffId != null;
    }
}
