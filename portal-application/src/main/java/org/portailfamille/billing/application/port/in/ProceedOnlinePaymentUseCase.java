package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.UUID;

/**
 * Goes on with a journey: creates the next invoice's operation at the provider and gives its page.
 * {@code position} is the step the family's page offered: a form posted twice sends nothing twice.
 */
public interface ProceedOnlinePaymentUseCase {
    OnlinePaymentStep proceed(FamilyId familyId, UUID journeyId, int position);
}
