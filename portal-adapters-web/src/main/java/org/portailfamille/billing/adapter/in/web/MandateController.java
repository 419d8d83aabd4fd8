package org.portailfamille.billing.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.BankForm;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.portailfamille.billing.application.port.in.GetSepaMandateUseCase;
import org.portailfamille.billing.application.port.in.MandateView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/**
 * "Arrêter le prélèvement automatique": a parent asks the municipality to stop debiting their account (ADR 0028).
 * It is a request of the "Bancaires" kind with direct debit unticked and the same account: staff accept it in the
 * request queue, then the mandate is revoked (dated) and the next export leaves the family out. Always the
 * logged-in parent's family: no id in the URL.
 */
@Controller
class MandateController {

    static final String STOP = "/famille/prelevement/arret";

    private final GetSepaMandateUseCase mandates;
    private final GetFamilyFileUseCase familyFiles;
    private final SubmitFamilyChangeUseCase submitChange;

    MandateController(GetSepaMandateUseCase mandates, GetFamilyFileUseCase familyFiles,
                      SubmitFamilyChangeUseCase submitChange) {
        this.mandates = mandates;
        this.familyFiles = familyFiles;
        this.submitChange = submitChange;
    }

    @GetMapping(STOP)
    String confirm(@AuthenticationPrincipal PortalUser user, Model model) {
        Optional<MandateView> mandate = mandates.activeMandate(user.familyId());
        model.addAttribute("mandate", mandate.orElse(null));
        return "billing/mandate-stop";
    }

    @PostMapping(STOP)
    String stop(@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        Optional<MandateView> mandate = mandates.activeMandate(user.familyId());
        FamilyFile.Bank bank = familyFiles.familyFile(user.familyId()).map(FamilyFile::bank).orElse(null);
        if (mandate.isEmpty() || bank == null) {
            model.addAttribute("mandate", null);
            return "billing/mandate-stop";
        }
        // the stored IBAN is kept (an empty IBAN means "the current one"); only direct debit is unticked
        FamilyChangeOutcome outcome = submitChange.submitFamilyChange(new SubmitFamilyChangeCommand(user.familyId(),
                user.username(), new BankForm(bank.holder(), "", bank.bic(), bank.bankName(), false)));
        if (outcome.status() != FamilyChangeOutcome.Status.SUBMITTED) {
            model.addAttribute("mandate", mandate.get());
            model.addAttribute("notSubmitted", true);
            return "billing/mandate-stop";
        }
        redirect.addFlashAttribute("stopRequested", true);
        return "redirect:" + STOP + "/demande-envoyee";
    }

    @GetMapping(STOP + "/demande-envoyee")
    String requested(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("mandate", mandates.activeMandate(user.familyId()).orElse(null));
        model.addAttribute("requested", true);
        return "billing/mandate-stop";
    }
}
