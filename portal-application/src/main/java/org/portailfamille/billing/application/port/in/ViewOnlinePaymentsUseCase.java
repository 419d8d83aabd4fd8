package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Optional;
import java.util.UUID;

/** A family's payment journey (the summary page), or the journey of one of its operations (the return page). */
public interface ViewOnlinePaymentsUseCase {

    Optional<OnlinePaymentJourney> journey(FamilyId familyId, UUID journeyId);

    Optional<OnlinePaymentJourney> journeyOfOperation(FamilyId familyId, UUID operationId);
}
