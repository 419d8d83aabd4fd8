package org.portailfamille.billing.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.billing.adapter.in.web.DirectDebitForms.ExportForm;
import org.portailfamille.billing.adapter.in.web.DirectDebitForms.RejectForm;
import org.portailfamille.billing.application.port.in.DirectDebitCollectionView;
import org.portailfamille.billing.application.port.in.DirectDebitFileDownload;
import org.portailfamille.billing.application.port.in.DirectDebitFileSummary;
import org.portailfamille.billing.application.port.in.DirectDebitQuery;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsCommand;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsResult;
import org.portailfamille.billing.application.port.in.ExportDirectDebitsUseCase;
import org.portailfamille.billing.application.port.in.GetDirectDebitFileUseCase;
import org.portailfamille.billing.application.port.in.ListRegiesUseCase;
import org.portailfamille.billing.application.port.in.RecordDirectDebitRejectCommand;
import org.portailfamille.billing.application.port.in.RecordDirectDebitRejectUseCase;
import org.portailfamille.billing.application.port.in.ViewDirectDebitsUseCase;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Staff's "Prélèvements SEPA" (Facturation): choose a régie and a billed month, preview what would be debited (count,
 * total, per family with its mandate and FRST/RCUR), generate the pain.008 file for a debit date, list the files made
 * (each downloadable again, exactly as made), and, on a file's page, enter a debit the bank rejected. Bad input gives
 * French messages on the form and changes nothing.
 */
@Controller
class StaffDirectDebitController {

    static final String BASE = StaffBillingController.BASE + "/prelevements";
    static final List<String> REASONS = List.of("AM04", "AC04", "AC06", "AG01", "MD01", "MD06", "MD07", "MS02",
            "MS03", "AC01", "AG02", "AM05", "BE05", "MD02", "RC01", "RR01", "RR02", "RR03", "RR04", "SL01");

    private final ListRegiesUseCase regies;
    private final ViewDirectDebitsUseCase directDebits;
    private final ExportDirectDebitsUseCase export;
    private final GetDirectDebitFileUseCase download;
    private final RecordDirectDebitRejectUseCase reject;
    private final BillingWords words;
    private final Clock clock;

    StaffDirectDebitController(ListRegiesUseCase regies, ViewDirectDebitsUseCase directDebits,
                               ExportDirectDebitsUseCase export, GetDirectDebitFileUseCase download,
                               RecordDirectDebitRejectUseCase reject, BillingWords words, Clock clock) {
        this.regies = regies;
        this.directDebits = directDebits;
        this.export = export;
        this.download = download;
        this.reject = reject;
        this.words = words;
        this.clock = clock;
    }

    /** The page; with a régie and a month in the query, the preview of what a file would debit. */
    @GetMapping(BASE)
    String page(@ModelAttribute("exportForm") ExportForm form, BindingResult errors, Model model) {
        boolean asked = !BillingForms.clean(form.getRegie()).isEmpty() || !BillingForms.clean(form.getMois()).isEmpty();
        if (BillingForms.clean(form.getMois()).isEmpty()) {
            form.setMois(YearMonth.now(clock).minusMonths(1).toString());
        }
        if (asked) {
            UUID regie = BillingForms.uuid(form.getRegie());
            YearMonth month = BillingForms.month(form.getMois());
            validate(regie, month, errors);
            if (!errors.hasErrors()) {
                model.addAttribute("preview", directDebits.preview(new DirectDebitQuery(regie, month)));
            }
        }
        return show(form, model);
    }

    private String show(ExportForm form, Model model) {
        if (BillingForms.clean(form.getDatePrelevement()).isEmpty()) {
            form.setDatePrelevement(earliest().toString());
        }
        model.addAttribute("exportForm", form);
        model.addAttribute("regieOptions", words.regieOptions(regies.regies()));
        model.addAttribute("files", directDebits.files());
        model.addAttribute("collectionDateHint", words.text("billing.sepa.hint.collectionDate", words.date(earliest())));
        return "billing/staff-direct-debits";
    }

    private LocalDate earliest() {
        return directDebits.earliestCollectionDate();
    }

    private static void validate(UUID regie, YearMonth month, BindingResult errors) {
        if (regie == null) {
            errors.rejectValue("regie", "billing.error.regie");
        }
        if (month == null) {
            errors.rejectValue("mois", "billing.error.month");
        }
    }

    @PostMapping(BASE + "/fichiers")
    String generate(@AuthenticationPrincipal PortalUser user, @ModelAttribute("exportForm") ExportForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        UUID regie = BillingForms.uuid(form.getRegie());
        YearMonth month = BillingForms.month(form.getMois());
        validate(regie, month, errors);
        LocalDate date = BillingForms.date(form.getDatePrelevement());
        if (date == null) {
            errors.rejectValue("datePrelevement", "billing.error.date");
        }
        if (errors.hasErrors()) {
            return show(form, model);
        }
        ExportDirectDebitsResult result = export.exportDirectDebits(new ExportDirectDebitsCommand(regie, month, date,
                user.username()));
        switch (result.outcome()) {
            case CREATED -> {
                redirect.addFlashAttribute("done", "billing.sepa.done.created");
                redirect.addFlashAttribute("doneArgument", result.transactionCount());
                return "redirect:" + BASE + "/fichiers/" + result.fileId();
            }
            case UNKNOWN_REGIE -> errors.rejectValue("regie", "billing.error.regie");
            case NO_MONTH -> errors.rejectValue("mois", "billing.error.month");
            case COLLECTION_TOO_SOON -> errors.rejectValue("datePrelevement", "billing.sepa.error.tooSoon",
                    new Object[]{words.date(result.earliestCollectionDate())}, null);
            case NOTHING_TO_COLLECT -> errors.reject("billing.sepa.error.nothing");
            case CREDITOR_NOT_SET -> errors.reject("billing.sepa.error.creditor");
        }
        model.addAttribute("preview", directDebits.preview(new DirectDebitQuery(regie, month)));
        return show(form, model);
    }

    @GetMapping(BASE + "/fichiers/{fileId}")
    String file(@PathVariable String fileId, Model model) {
        return showFile(fileOf(fileId), new RejectForm(), model);
    }

    private String showFile(DirectDebitFileSummary file, RejectForm form, Model model) {
        List<DirectDebitCollectionView> debits = directDebits.collections(file.id());
        if (BillingForms.clean(form.getDate()).isEmpty()) {
            form.setDate(LocalDate.now(clock).toString());
        }
        model.addAttribute("file", file);
        model.addAttribute("debits", debits);
        model.addAttribute("rejectForm", form);
        List<String[]> invoices = new java.util.ArrayList<>();
        invoices.add(new String[]{"", words.text("billing.choose")});
        debits.stream().filter(d -> d.rejectedOn() == null).forEach(d -> invoices.add(new String[]{d.invoiceNumber(),
                d.invoiceNumber() + " – " + d.familyName() + " – " + words.amount(d.amount())}));
        model.addAttribute("invoiceOptions", invoices);
        List<String[]> reasons = new java.util.ArrayList<>();
        reasons.add(new String[]{"", words.text("billing.choose")});
        REASONS.forEach(code -> reasons.add(new String[]{code, code + " – " + words.text("billing.sepa.reason." + code)}));
        model.addAttribute("reasonOptions", reasons);
        return "billing/staff-direct-debit-file";
    }

    @GetMapping(BASE + "/fichiers/{fileId}/pain008")
    ResponseEntity<byte[]> download(@PathVariable String fileId) {
        UUID id = BillingForms.uuid(fileId);
        DirectDebitFileDownload found = (id == null ? java.util.Optional.<DirectDebitFileDownload>empty()
                : download.directDebitFile(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(found.fileName()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(found.content());
    }

    @PostMapping(BASE + "/fichiers/{fileId}/rejets")
    String recordReject(@PathVariable String fileId, @ModelAttribute("rejectForm") RejectForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        DirectDebitFileSummary file = fileOf(fileId);
        String invoice = BillingForms.clean(form.getFacture());
        boolean inFile = directDebits.collections(file.id()).stream()
                .anyMatch(d -> d.invoiceNumber().equals(invoice));
        if (!inFile) {
            errors.rejectValue("facture", "billing.sepa.error.invoice");
        }
        String reason = BillingForms.clean(form.getMotif());
        if (!REASONS.contains(reason)) {
            errors.rejectValue("motif", "billing.sepa.error.reason");
        }
        LocalDate date = BillingForms.date(form.getDate());
        if (date == null) {
            errors.rejectValue("date", "billing.error.date");
        }
        if (errors.hasErrors()) {
            return showFile(file, form, model);
        }
        RecordDirectDebitRejectUseCase.Outcome outcome = reject.recordReject(
                new RecordDirectDebitRejectCommand(invoice, reason, date));
        switch (outcome) {
            case REJECTED -> {
                redirect.addFlashAttribute("done", "billing.sepa.done.rejected");
                redirect.addFlashAttribute("doneArgument", invoice);
                return "redirect:" + BASE + "/fichiers/" + file.id();
            }
            case NOT_COLLECTED, ALREADY_REJECTED -> errors.rejectValue("facture", "billing.sepa.error.alreadyRejected");
            case UNKNOWN_REASON -> errors.rejectValue("motif", "billing.sepa.error.reason");
            case DATE_INVALID -> errors.rejectValue("date", "billing.sepa.error.rejectDate");
        }
        return showFile(file, form, model);
    }

    private DirectDebitFileSummary fileOf(String fileId) {
        UUID id = BillingForms.uuid(fileId);
        return directDebits.files().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
