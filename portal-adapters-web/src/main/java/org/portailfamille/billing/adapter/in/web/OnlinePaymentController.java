package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.PortalUser;
import org.portailfamille.billing.application.port.in.ListPayableInvoicesUseCase;
import org.portailfamille.billing.application.port.in.OnlinePaymentJourney;
import org.portailfamille.billing.application.port.in.OnlinePaymentStep;
import org.portailfamille.billing.application.port.in.PayableInvoice;
import org.portailfamille.billing.application.port.in.ProceedOnlinePaymentUseCase;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentCommand;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentResult;
import org.portailfamille.billing.application.port.in.StartOnlinePaymentUseCase;
import org.portailfamille.billing.application.port.in.ViewOnlinePaymentsUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.UUID;

/**
 * "Payer en ligne" (ADR 0027): the choice of unpaid invoices, the journey through the provider's page one invoice
 * after the other, the "paiement en cours" page the family comes back to, and the summary. What these pages show
 * comes from the server-to-server confirmation only, never from the browser's return. A journey or an operation of
 * another family answers 404, like an unknown one.
 */
@Controller
class OnlinePaymentController {

    static final String PATH = "/famille/paiement-en-ligne";

    private final ListPayableInvoicesUseCase payable;
    private final StartOnlinePaymentUseCase start;
    private final ProceedOnlinePaymentUseCase proceed;
    private final ViewOnlinePaymentsUseCase journeys;

    OnlinePaymentController(ListPayableInvoicesUseCase payable, StartOnlinePaymentUseCase start,
                            ProceedOnlinePaymentUseCase proceed, ViewOnlinePaymentsUseCase journeys) {
        this.payable = payable;
        this.start = start;
        this.proceed = proceed;
        this.journeys = journeys;
    }

    @GetMapping(PATH)
    String choose(@AuthenticationPrincipal PortalUser user,
                  @RequestParam(name = "numeroFacture", required = false) @Nullable String preselected, Model model) {
        return choicePage(user, preselected == null ? List.of() : List.of(preselected), List.of(), model);
    }

    @PostMapping(PATH)
    String pay(@AuthenticationPrincipal PortalUser user,
               @RequestParam(name = "numeroFacture", required = false) @Nullable List<String> chosen, Model model) {
        List<String> numbers = chosen == null ? List.of() : chosen.stream()
                .filter(n -> StatementController.NUMBER.matcher(n).matches()).limit(50).toList();
        StartOnlinePaymentResult result = start.start(new StartOnlinePaymentCommand(user.familyId(), numbers));
        if (!result.started()) {
            return choicePage(user, numbers, result.problems(), model);
        }
        return next(user, result.journeyId(), 0);
    }

    @PostMapping(PATH + "/parcours/{journeyId}/suivant")
    String proceed(@AuthenticationPrincipal PortalUser user, @PathVariable String journeyId,
                   @RequestParam(name = "etape", defaultValue = "-1") String step) {
        int position = step.matches("[0-9]{1,3}") ? Integer.parseInt(step) : -1;
        return next(user, uuid(journeyId), position);
    }

    @GetMapping(PATH + "/operations/{operationId}")
    String operation(@AuthenticationPrincipal PortalUser user, @PathVariable String operationId, Model model) {
        OnlinePaymentJourney journey = journeys.journeyOfOperation(user.familyId(), uuid(operationId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("journey", journey);
        model.addAttribute("current", journey.current());
        return "billing/pay-operation";
    }

    @GetMapping(PATH + "/parcours/{journeyId}")
    String summary(@AuthenticationPrincipal PortalUser user, @PathVariable String journeyId,
                   @RequestParam(name = "indisponible", required = false) @Nullable String unavailable, Model model) {
        OnlinePaymentJourney journey = journeys.journey(user.familyId(), uuid(journeyId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("journey", journey);
        model.addAttribute("unavailable", unavailable != null);
        return "billing/pay-summary";
    }

    private String next(PortalUser user, UUID journeyId, int position) {
        OnlinePaymentStep step = proceed.proceed(user.familyId(), journeyId, position);
        if (!step.found()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (step.paymentPage() != null) {
            return "redirect:" + step.paymentPage();
        }
        return "redirect:" + PATH + "/parcours/" + journeyId + (step.providerUnavailable() ? "?indisponible" : "");
    }

    private String choicePage(PortalUser user, List<String> selected, List<String> problems, Model model) {
        List<PayableInvoice> invoices = payable.payableInvoices(user.familyId());
        model.addAttribute("invoices", invoices);
        model.addAttribute("selected", selected);
        model.addAttribute("problems", problems);
        model.addAttribute("minimum", payable.minimumAmount());
        model.addAttribute("anyPayable", invoices.stream().anyMatch(PayableInvoice::payable));
        return "billing/pay-choose";
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
