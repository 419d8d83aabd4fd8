package org.portailfamille.billing.application.port.in;

/** Staff give an activity a tariff for a validity period (tariffs of one activity never overlap). */
public interface SetUpTariffUseCase {
    SetUpTariffResult setUpTariff(SetUpTariffCommand command);
}
