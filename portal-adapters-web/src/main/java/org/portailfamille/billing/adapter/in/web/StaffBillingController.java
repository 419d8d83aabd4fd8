package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.billing.application.port.in.CancelPaymentCommand;
import org.portailfamille.billing.application.port.in.CancelPaymentUseCase;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunResult;
import org.portailfamille.billing.application.port.in.CreateInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.DiscardInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.GetInvoiceDocumentUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunCommand;
import org.portailfamille.billing.application.port.in.IssueInvoicingRunUseCase;
import org.portailfamille.billing.application.port.in.ListRegiesUseCase;
import org.portailfamille.billing.application.port.in.ListTariffsUseCase;
import org.portailfamille.billing.application.port.in.ListUnpaidInvoicesUseCase;
import org.portailfamille.billing.application.port.in.PaymentView;
import org.portailfamille.billing.application.port.in.ReceivePaymentCommand;
import org.portailfamille.billing.application.port.in.ReceivePaymentResult;
import org.portailfamille.billing.application.port.in.ReceivePaymentUseCase;
import org.portailfamille.billing.application.port.in.RegieSummary;
import org.portailfamille.billing.application.port.in.RunPreview;
import org.portailfamille.billing.application.port.in.RunSummary;
import org.portailfamille.billing.application.port.in.SetUpTariffCommand;
import org.portailfamille.billing.application.port.in.SetUpTariffResult;
import org.portailfamille.billing.application.port.in.SetUpTariffUseCase;
import org.portailfamille.billing.application.port.in.Statement;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.TariffUnit;
import org.portailfamille.billing.application.port.in.ViewInvoicingRunsUseCase;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.billing.adapter.in.web.BillingForms.CancelForm;
import org.portailfamille.billing.adapter.in.web.BillingForms.IssueForm;
import org.portailfamille.billing.adapter.in.web.BillingForms.PaymentForm;
import org.portailfamille.billing.adapter.in.web.BillingForms.RunForm;
import org.portailfamille.billing.adapter.in.web.BillingForms.TariffForm;
import org.portailfamille.shared.FamilyId;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff's billing ("Facturation"): régies and invoicing runs (draft for a régie and a month, preview with totals
 * per family and anomalies, issue, progress of the background job), tariffs of an activity, payments (record,
 * allocated oldest first or to chosen invoices; cancel by a counter-entry after a confirmation), a family's account
 * (the parent's statement plus actions), unpaid invoices by age, and any invoice as a PDF. Every form answers bad
 * input with French messages on the form and changes nothing.
 */
@Controller
class StaffBillingController {

    static final String BASE = "/gestion/facturation";
    static final List<String> METHODS = List.of("CHEQUE", "CASH", "CARD", "DIRECT_DEBIT", "TREASURY_TITLE");
    static final List<String> REASONS = List.of("ILLNESS", "HOSPITALISATION", "PERSONAL", "FAMILY_EVENT", "OTHER",
            "UNDECLARED");
    static final List<String> EFFECTS = List.of("BILLED", "NOT_BILLED", "FIXED_AMOUNT");

    private final ListRegiesUseCase regies;
    private final ViewInvoicingRunsUseCase runs;
    private final CreateInvoicingRunUseCase createRun;
    private final IssueInvoicingRunUseCase issueRun;
    private final DiscardInvoicingRunUseCase discardRun;
    private final ListTariffsUseCase tariffs;
    private final SetUpTariffUseCase setUpTariff;
    private final ReceivePaymentUseCase receivePayment;
    private final CancelPaymentUseCase cancelPayment;
    private final ViewStatementUseCase statements;
    private final ListUnpaidInvoicesUseCase unpaid;
    private final GetInvoiceDocumentUseCase documents;
    private final GetFamilySummaryUseCase families;
    private final InvoicePdfRenderer renderer;
    private final BillingWords words;
    private final Clock clock;

    StaffBillingController(ListRegiesUseCase regies, ViewInvoicingRunsUseCase runs, CreateInvoicingRunUseCase createRun,
                           IssueInvoicingRunUseCase issueRun, DiscardInvoicingRunUseCase discardRun,
                           ListTariffsUseCase tariffs, SetUpTariffUseCase setUpTariff,
                           ReceivePaymentUseCase receivePayment, CancelPaymentUseCase cancelPayment,
                           ViewStatementUseCase statements, ListUnpaidInvoicesUseCase unpaid,
                           GetInvoiceDocumentUseCase documents, GetFamilySummaryUseCase families,
                           InvoicePdfRenderer renderer, BillingWords words, Clock clock) {
        this.regies = regies;
        this.runs = runs;
        this.createRun = createRun;
        this.issueRun = issueRun;
        this.discardRun = discardRun;
        this.tariffs = tariffs;
        this.setUpTariff = setUpTariff;
        this.receivePayment = receivePayment;
        this.cancelPayment = cancelPayment;
        this.statements = statements;
        this.unpaid = unpaid;
        this.documents = documents;
        this.families = families;
        this.renderer = renderer;
        this.words = words;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- overview and runs

    @GetMapping(BASE)
    String overview(Model model) {
        RunForm form = new RunForm();
        form.setMois(YearMonth.now(clock).minusMonths(1).toString());
        return showOverview(form, model);
    }

    private String showOverview(RunForm form, Model model) {
        model.addAttribute("runForm", form);
        model.addAttribute("regieOptions", words.regieOptions(regies.regies()));
        model.addAttribute("regies", regies.regies());
        model.addAttribute("runs", runs.runs(null));
        return "billing/staff-overview";
    }

    @PostMapping(BASE + "/campagnes")
    String createRun(@AuthenticationPrincipal PortalUser user, @ModelAttribute("runForm") RunForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        UUID regie = BillingForms.uuid(form.getRegie());
        YearMonth month = BillingForms.month(form.getMois());
        if (regie == null) {
            errors.rejectValue("regie", "billing.error.regie");
        }
        if (month == null) {
            errors.rejectValue("mois", "billing.error.month");
        }
        if (errors.hasErrors()) {
            return showOverview(form, model);
        }
        CreateInvoicingRunResult result = createRun.createDraft(new CreateInvoicingRunCommand(regie, month,
                user.username()));
        switch (result.outcome()) {
            case MONTH_NOT_OVER -> errors.rejectValue("mois", "billing.error.monthNotOver");
            case UNKNOWN_REGIE -> errors.rejectValue("regie", "billing.error.regie");
            case ALREADY_OPEN -> redirect.addFlashAttribute("done", "billing.done.alreadyOpen");
            case CREATED -> redirect.addFlashAttribute("done", "billing.done.runCreated");
        }
        if (errors.hasErrors() || result.runId() == null) {
            return showOverview(form, model);
        }
        return "redirect:" + BASE + "/campagnes/" + result.runId();
    }

    @GetMapping(BASE + "/campagnes/{runId}")
    String run(@PathVariable String runId, Model model) {
        return showRun(runOf(runId), new IssueForm(), model);
    }

    private String showRun(RunPreview preview, IssueForm form, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("run", preview.summary());
        model.addAttribute("issueForm", form);
        model.addAttribute("dueDateHint", words.text("billing.hint.dueDate", words.date(LocalDate.now(clock).plusDays(30))));
        return "billing/staff-run";
    }

    @PostMapping(BASE + "/campagnes/{runId}/emettre")
    String issueRun(@PathVariable String runId, @ModelAttribute("issueForm") IssueForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        RunPreview preview = runOf(runId);
        LocalDate dueDate = null;
        if (!BillingForms.clean(form.getEcheance()).isEmpty()) {
            dueDate = BillingForms.date(form.getEcheance());
            if (dueDate == null) {
                errors.rejectValue("echeance", "billing.error.date");
                return showRun(preview, form, model);
            }
        }
        IssueInvoicingRunUseCase.Outcome outcome = issueRun.issue(
                new IssueInvoicingRunCommand(preview.summary().runId(), dueDate));
        switch (outcome) {
            case DUE_DATE_BEFORE_ISSUE -> errors.rejectValue("echeance", "billing.error.dueBeforeIssue");
            case NOT_A_DRAFT, UNKNOWN_RUN -> errors.reject("billing.error.notADraft");
            case STARTED -> redirect.addFlashAttribute("done", "billing.done.issuing");
            case ALREADY_STARTED -> redirect.addFlashAttribute("done", "billing.done.alreadyIssuing");
        }
        if (errors.hasErrors()) {
            return showRun(preview, form, model);
        }
        return "redirect:" + BASE + "/campagnes/" + preview.summary().runId();
    }

    @PostMapping(BASE + "/campagnes/{runId}/abandonner")
    String discardRun(@PathVariable String runId, RedirectAttributes redirect) {
        RunPreview preview = runOf(runId);
        boolean discarded = discardRun.discard(preview.summary().runId());
        redirect.addFlashAttribute("done", discarded ? "billing.done.discarded" : "billing.error.notADraft");
        return "redirect:" + BASE;
    }

    /** The progress bar's data as JSON, polled by {@code js/billing-run.js}. */
    @GetMapping(BASE + "/campagnes/{runId}/avancement")
    ResponseEntity<String> progress(@PathVariable String runId) {
        UUID id = BillingForms.uuid(runId);
        RunSummary run = (id == null ? Optional.<RunSummary>empty() : runs.progress(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String json = "{\"status\":\"" + run.status().name() + "\",\"percent\":" + run.percentDone()
                + ",\"familiesDone\":" + run.familiesDone() + ",\"familiesTotal\":" + run.familiesTotal()
                + ",\"text\":\"" + jsonEscaped(progressText(run)) + "\"}";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(json);
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    String progressText(RunSummary run) {
        return words.text("billing.run.progress." + run.status().name(), run.familiesDone(), run.familiesTotal(),
                run.invoicesIssued(), run.creditNotesIssued());
    }

    private RunPreview runOf(String runId) {
        UUID id = BillingForms.uuid(runId);
        return (id == null ? Optional.<RunPreview>empty() : runs.preview(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    // ---------------------------------------------------------------- tariffs

    @GetMapping(BASE + "/activites/{activityId}/tarifs")
    String tariffs(@PathVariable String activityId, Model model) {
        TariffForm form = new TariffForm();
        form.setDu(LocalDate.now(clock).toString());
        return showTariffs(activityOf(activityId), form, model);
    }

    private String showTariffs(UUID activity, TariffForm form, Model model) {
        model.addAttribute("activityId", activity);
        model.addAttribute("tariffs", tariffs.tariffsOf(activity));
        model.addAttribute("tariffForm", form);
        model.addAttribute("unitOptions", words.options(Arrays.stream(TariffUnit.values()).map(Enum::name).toList(),
                "billing.unitName."));
        List<String[]> kinds = new ArrayList<>();
        kinds.add(new String[] {"", words.text("billing.careKind.default")});
        kinds.addAll(words.options(List.of("CHILDCARE", "MEAL", "OTHER"), "billing.careKind."));
        model.addAttribute("careKindOptions", kinds);
        model.addAttribute("reasons", REASONS);
        model.addAttribute("effects", EFFECTS);
        return "billing/staff-tariffs";
    }

    @PostMapping(BASE + "/activites/{activityId}/tarifs")
    String createTariff(@PathVariable String activityId, @ModelAttribute("tariffForm") TariffForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        UUID activity = activityOf(activityId);
        TariffUnit unit = Arrays.stream(TariffUnit.values()).filter(u -> u.name().equals(form.getUnite())).findFirst()
                .orElse(null);
        if (unit == null) {
            errors.rejectValue("unite", "billing.error.unit");
        }
        String careKind = BillingForms.clean(form.getNature());
        if (!careKind.isEmpty() && !List.of("CHILDCARE", "MEAL", "OTHER").contains(careKind)) {
            errors.rejectValue("nature", "billing.tariff.careKind.unknown");
        }
        BigDecimal quantity = BillingForms.amount(form.getQuantite());
        if (quantity == null || quantity.signum() <= 0) {
            errors.rejectValue("quantite", "billing.error.quantity");
        }
        LocalDate from = BillingForms.date(form.getDu());
        if (from == null) {
            errors.rejectValue("du", "billing.error.date");
        }
        LocalDate to = null;
        if (!BillingForms.clean(form.getAu()).isEmpty()) {
            to = BillingForms.date(form.getAu());
            if (to == null) {
                errors.rejectValue("au", "billing.error.date");
            }
        }
        List<SetUpTariffCommand.BracketLine> brackets = new ArrayList<>();
        if ("BRACKETS".equals(form.getMode())) {
            String[] lines = BillingForms.clean(form.getTranches()).split("\\R");
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("[:;=]");
                BigDecimal bound = parts.length == 2 ? BillingForms.amount(parts[0]) : null;
                BigDecimal price = parts.length == 2 ? BillingForms.amount(parts[1]) : null;
                if (bound == null || price == null) {
                    errors.rejectValue("tranches", "billing.error.brackets");
                    brackets.clear();
                    break;
                }
                brackets.add(new SetUpTariffCommand.BracketLine(bound, price));
            }
            if (brackets.isEmpty() && !errors.hasFieldErrors("tranches")) {
                errors.rejectValue("tranches", "billing.error.brackets");
            }
        } else {
            BigDecimal price = BillingForms.amount(form.getPrix());
            if (price == null) {
                errors.rejectValue("prix", "billing.error.price");
            } else {
                brackets.add(new SetUpTariffCommand.BracketLine(BigDecimal.ZERO, price));
            }
        }
        BigDecimal late = BillingForms.percent(form.getMajorationTardive());
        if (late == null || late.compareTo(new BigDecimal("100")) > 0) {
            errors.rejectValue("majorationTardive", "billing.error.percent");
        }
        BigDecimal noBooking = BillingForms.amount(form.getMajorationSansReservation());
        if (noBooking == null) {
            errors.rejectValue("majorationSansReservation", "billing.error.amount");
        }
        List<SetUpTariffCommand.ReasonEffectLine> effects = new ArrayList<>();
        for (String reason : REASONS) {
            String effect = form.getEffets().getOrDefault(reason, "BILLED");
            if (!EFFECTS.contains(effect)) {
                errors.rejectValue("effets", "billing.error.effect");
                break;
            }
            BigDecimal fixed = null;
            if ("FIXED_AMOUNT".equals(effect)) {
                fixed = BillingForms.amount(form.getMontants().get(reason));
                if (fixed == null) {
                    errors.rejectValue("effets", "billing.error.effectAmount");
                    break;
                }
            }
            if (!"BILLED".equals(effect)) {
                effects.add(new SetUpTariffCommand.ReasonEffectLine(reason, effect, fixed));
            }
        }
        if (BillingForms.clean(form.getLibelle()).isEmpty()) {
            errors.rejectValue("libelle", "billing.error.label");
        } else if (form.getLibelle().length() > 200) {
            errors.rejectValue("libelle", "billing.error.labelLong");
        }
        if (errors.hasErrors()) {
            return showTariffs(activity, form, model);
        }
        SetUpTariffResult result = setUpTariff.setUpTariff(new SetUpTariffCommand(activity,
                BillingForms.clean(form.getLibelle()), unit, quantity, from, to, brackets, late, noBooking, effects,
                careKind.isEmpty() ? null : careKind));
        if (!result.created()) {
            for (String problem : result.problems()) {
                errors.rejectValue(tariffField(problem, form.getMode()), "billing.tariff." + problem);
            }
            return showTariffs(activity, form, model);
        }
        redirect.addFlashAttribute("done", "billing.done.tariffCreated");
        return "redirect:" + BASE + "/activites/" + activity + "/tarifs";
    }

    private static String tariffField(String problem, String mode) {
        return switch (problem) {
            case "label.blank" -> "libelle";
            case "quantity.invalid" -> "quantite";
            case "validity.invalid", "validity.overlap" -> "du";
            case "surcharge.invalid" -> "majorationTardive";
            case "reason.unknown", "reason.amountMissing" -> "effets";
            case "careKind.unknown" -> "nature";
            default -> "BRACKETS".equals(mode) ? "tranches" : "prix";
        };
    }

    private static UUID activityOf(String activityId) {
        UUID activity = BillingForms.uuid(activityId);
        if (activity == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return activity;
    }

    // ---------------------------------------------------------------- payments

    @GetMapping(BASE + "/reglements/nouveau")
    String paymentForm(@RequestParam(name = "famille", required = false) String familyNumber, Model model) {
        PaymentForm form = new PaymentForm();
        form.setFamille(familyNumber == null ? "" : familyNumber.strip());
        form.setDate(LocalDate.now(clock).toString());
        List<RegieSummary> all = regies.regies();
        if (all.size() == 1) {
            form.setRegie(all.get(0).id().toString());
        }
        return showPaymentForm(form, model);
    }

    private String showPaymentForm(PaymentForm form, Model model) {
        model.addAttribute("paymentForm", form);
        model.addAttribute("regieOptions", words.regieOptions(regies.regies()));
        model.addAttribute("methodOptions", words.options(METHODS, "billing.method."));
        return "billing/staff-payment";
    }

    @PostMapping(BASE + "/reglements/nouveau")
    String recordPayment(@ModelAttribute("paymentForm") PaymentForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        Optional<FamilySummary> family = BillingForms.clean(form.getFamille()).isEmpty() ? Optional.empty()
                : families.familySummaryByNumber(BillingForms.clean(form.getFamille()));
        if (family.isEmpty()) {
            errors.rejectValue("famille", "billing.error.family");
        }
        UUID regie = BillingForms.uuid(form.getRegie());
        if (regie == null) {
            errors.rejectValue("regie", "billing.error.regie");
        }
        if (!METHODS.contains(form.getMode())) {
            errors.rejectValue("mode", "billing.error.method");
        }
        BigDecimal amount = BillingForms.amount(form.getMontant());
        if (amount == null || amount.signum() <= 0) {
            errors.rejectValue("montant", "billing.error.paymentAmount");
        }
        LocalDate date = BillingForms.date(form.getDate());
        if (date == null) {
            errors.rejectValue("date", "billing.error.date");
        }
        String reference = BillingForms.clean(form.getReference());
        if (reference.length() > 60) {
            errors.rejectValue("reference", "billing.error.referenceLong");
        }
        List<String> invoices = Arrays.stream(BillingForms.clean(form.getFactures()).toUpperCase().split("[,;\\s]+"))
                .filter(number -> !number.isBlank()).toList();
        if (invoices.stream().anyMatch(number -> !StatementController.NUMBER.matcher(number).matches())) {
            errors.rejectValue("factures", "billing.error.invoices");
        }
        if (errors.hasErrors()) {
            return showPaymentForm(form, model);
        }
        ReceivePaymentResult result = receivePayment.receivePayment(new ReceivePaymentCommand(
                family.orElseThrow().familyId(), regie, date, form.getMode(), amount,
                reference.isEmpty() ? null : reference, invoices));
        if (!result.recorded()) {
            for (String problem : result.problems()) {
                errors.rejectValue(paymentField(problem), "billing.payment." + problem);
            }
            return showPaymentForm(form, model);
        }
        redirect.addFlashAttribute("done", "billing.done.paymentRecorded");
        redirect.addFlashAttribute("doneArgument", result.number());
        return "redirect:" + BASE + "/familles/" + family.orElseThrow().familyId().value() + "?vue=reglements";
    }

    private static String paymentField(String problem) {
        return switch (problem) {
            case "amount.invalid" -> "montant";
            case "method.unknown" -> "mode";
            case "reference.required" -> "reference";
            case "date.future" -> "date";
            case "regie.unknown" -> "regie";
            default -> "factures";
        };
    }

    @GetMapping(BASE + "/familles/{familyId}/reglements/{number}/annuler")
    String cancelForm(@PathVariable String familyId, @PathVariable String number, Model model) {
        FamilySummary family = familyOf(familyId);
        CancelForm form = new CancelForm();
        form.setDate(LocalDate.now(clock).toString());
        return showCancelForm(family, paymentOf(family, number), form, model);
    }

    private String showCancelForm(FamilySummary family, PaymentView payment, CancelForm form, Model model) {
        model.addAttribute("family", family);
        model.addAttribute("payment", payment);
        model.addAttribute("cancelForm", form);
        return "billing/staff-cancel-payment";
    }

    @PostMapping(BASE + "/familles/{familyId}/reglements/{number}/annuler")
    String cancel(@PathVariable String familyId, @PathVariable String number,
                  @ModelAttribute("cancelForm") CancelForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FamilySummary family = familyOf(familyId);
        PaymentView payment = paymentOf(family, number);
        LocalDate date = BillingForms.date(form.getDate());
        if (date == null) {
            errors.rejectValue("date", "billing.error.date");
        } else if (date.isAfter(LocalDate.now(clock))) {
            errors.rejectValue("date", "billing.error.dateFuture");
        }
        String reason = BillingForms.clean(form.getMotif());
        if (reason.isEmpty()) {
            errors.rejectValue("motif", "billing.error.reason");
        } else if (reason.length() > 300) {
            errors.rejectValue("motif", "billing.error.reasonLong");
        }
        if (errors.hasErrors()) {
            return showCancelForm(family, payment, form, model);
        }
        CancelPaymentUseCase.Outcome outcome = cancelPayment.cancelPayment(new CancelPaymentCommand(family.familyId(),
                payment.number(), date, reason));
        switch (outcome) {
            case REASON_REQUIRED -> errors.rejectValue("motif", "billing.error.reason");
            case UNKNOWN_PAYMENT -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case ALREADY_CANCELLED -> redirect.addFlashAttribute("done", "billing.done.alreadyCancelled");
            case CANCELLED -> redirect.addFlashAttribute("done", "billing.done.cancelled");
        }
        if (errors.hasErrors()) {
            return showCancelForm(family, payment, form, model);
        }
        redirect.addFlashAttribute("doneArgument", payment.number());
        return "redirect:" + BASE + "/familles/" + family.familyId().value() + "?vue=reglements";
    }

    private PaymentView paymentOf(FamilySummary family, String number) {
        if (!StatementController.NUMBER.matcher(number).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // the payment may be of any school year: look back from the current one
        Statement current = statements.statement(new StatementQuery(family.familyId(), null));
        for (var year : current.schoolYears()) {
            Statement statement = year.equals(current.schoolYear()) ? current
                    : statements.statement(new StatementQuery(family.familyId(), year));
            Optional<PaymentView> found = statement.payments().stream()
                    .filter(payment -> payment.number().equals(number)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    // ---------------------------------------------------------------- a family's account, unpaid invoices, PDFs

    @GetMapping(BASE + "/familles")
    String findFamily(@RequestParam(name = "numero", required = false) String familyNumber, Model model) {
        String cleaned = BillingForms.clean(familyNumber);
        Optional<FamilySummary> family = cleaned.isEmpty() || cleaned.length() > 40 ? Optional.empty()
                : families.familySummaryByNumber(cleaned);
        if (family.isPresent()) {
            return "redirect:" + BASE + "/familles/" + family.get().familyId().value();
        }
        model.addAttribute("searched", cleaned);
        model.addAttribute("notFound", !cleaned.isEmpty());
        return "billing/staff-find-family";
    }

    @GetMapping(BASE + "/familles/{familyId}")
    String account(@PathVariable String familyId, @RequestParam(name = "annee", required = false) String yearParam,
                   @RequestParam(name = "vue", required = false) String viewParam, Model model) {
        FamilySummary family = familyOf(familyId);
        model.addAttribute("family", family);
        model.addAttribute("statement", statements.statement(new StatementQuery(family.familyId(),
                StatementController.schoolYearOf(yearParam))));
        model.addAttribute("view", StatementController.viewOf(viewParam));
        model.addAttribute("pageUrl", BASE + "/familles/" + family.familyId().value());
        return "billing/staff-account";
    }

    @GetMapping(BASE + "/impayes")
    String unpaidInvoices(@RequestParam(name = "regie", required = false) String regieParam, Model model) {
        UUID regie = BillingForms.uuid(regieParam);
        model.addAttribute("regies", regies.regies());
        model.addAttribute("selectedRegie", regie);
        var invoices = unpaid.unpaidInvoices(regie, LocalDate.now(clock));
        List<String> ages = List.of("NOT_DUE", "UP_TO_30", "UP_TO_60", "UP_TO_90", "OVER_90");
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        ages.forEach(age -> totals.put(age, invoices.totals().getOrDefault(age, BigDecimal.ZERO)));
        model.addAttribute("unpaid", invoices);
        model.addAttribute("ages", ages);
        model.addAttribute("ageTotals", totals);
        return "billing/staff-unpaid";
    }

    @GetMapping(BASE + "/factures/{number}/pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable String number) {
        return StatementController.pdfResponse(renderer, StatementController.NUMBER.matcher(number).matches()
                ? documents.documentForStaff(number) : Optional.empty());
    }

    private FamilySummary familyOf(@Nullable String familyId) {
        UUID id = BillingForms.uuid(familyId);
        return (id == null ? Optional.<FamilySummary>empty() : families.familySummary(new FamilyId(id)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
