package org.portailfamille.billing.application.port.in;

import java.util.List;
import java.util.UUID;

/** The tariffs of an activity, latest validity first. */
public interface ListTariffsUseCase {
    List<TariffView> tariffsOf(UUID activityId);
}
