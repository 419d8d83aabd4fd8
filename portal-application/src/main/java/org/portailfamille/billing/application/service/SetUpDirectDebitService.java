package org.portailfamille.billing.application.service;

import org.portailfamille.billing.application.port.in.BankDetailsNotice;
import org.portailfamille.billing.application.port.in.GetSepaMandateUseCase;
import org.portailfamille.billing.application.port.in.MandateView;
import org.portailfamille.billing.application.port.in.SetUpDirectDebitUseCase;
import org.portailfamille.billing.application.port.out.SepaMandates;
import org.portailfamille.billing.domain.SepaMandate;
import org.portailfamille.shared.FamilyId;

import java.util.Optional;

public class SetUpDirectDebitService implements SetUpDirectDebitUseCase, GetSepaMandateUseCase {

    private final SepaMandates mandates;

    public SetUpDirectDebitService(SepaMandates mandates) {
        this.mandates = mandates;
    }

    @Override
    public void bankDetailsAccepted(BankDetailsNotice notice) {
        Optional<SepaMandate> active = mandates.lockActiveOf(notice.familyId());
        boolean sameAccount = active.map(mandate -> mandate.iban().equals(notice.iban())).orElse(false);
        if (notice.directDebit() && sameAccount) {
            return;
        }
        active.ifPresent(mandate -> mandates.revoke(mandate.rum(), notice.date()));
        if (notice.directDebit()) {
            String rum = SepaMandate.referenceFor(notice.familyNumber(), mandates.countOf(notice.familyId()) + 1);
            mandates.add(SepaMandate.sign(rum, notice.familyId(), notice.accountHolder(), notice.iban(), notice.bic(),
                    notice.date()));
        }
    }

    @Override
    public Optional<MandateView> activeMandate(FamilyId familyId) {
        return mandates.activeOf(familyId).map(mandate -> new MandateView(mandate.rum(), mandate.accountHolder(),
                mask(mandate.iban()), mandate.signedOn(), mandate.nextSequence().name()));
    }

    private static String mask(String iban) {
        return iban.length() <= 4 ? iban : "•".repeat(iban.length() - 4) + iban.substring(iban.length() - 4);
    }
}
