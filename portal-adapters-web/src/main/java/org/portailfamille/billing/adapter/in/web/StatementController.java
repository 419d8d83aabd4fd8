package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.PortalUser;
import org.portailfamille.billing.application.port.in.GetInvoiceDocumentUseCase;
import org.portailfamille.billing.application.port.in.InvoiceDocument;
import org.portailfamille.billing.application.port.in.ListPayableInvoicesUseCase;
import org.portailfamille.billing.application.port.in.PayableInvoice;
import org.portailfamille.billing.application.port.in.Statement;
import org.portailfamille.billing.application.port.in.StatementQuery;
import org.portailfamille.billing.application.port.in.ViewStatementUseCase;
import org.portailfamille.shared.SchoolYear;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Relevé de compte" (the guide's tab): the logged-in family's operations of a school year, "Mes factures" and
 * "Mes règlements", and each invoice or credit note as a PDF. The family is always the logged-in parent's: an
 * invoice number of another family answers 404, like an unknown one.
 */
@Controller
class StatementController {

    static final String PATH = "/famille/releve";
    static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{1,12}-[0-9]{1,12}");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    private final ViewStatementUseCase statements;
    private final GetInvoiceDocumentUseCase documents;
    private final InvoicePdfRenderer renderer;
    private final ListPayableInvoicesUseCase payable;

    StatementController(ViewStatementUseCase statements, GetInvoiceDocumentUseCase documents,
                        InvoicePdfRenderer renderer, ListPayableInvoicesUseCase payable) {
        this.statements = statements;
        this.documents = documents;
        this.renderer = renderer;
        this.payable = payable;
    }

    @GetMapping(PATH)
    String statement(@AuthenticationPrincipal PortalUser user,
                     @RequestParam(name = "annee", required = false) String yearParam,
                     @RequestParam(name = "vue", required = false) String viewParam, Model model) {
        Statement statement = statements.statement(new StatementQuery(user.familyId(), schoolYearOf(yearParam)));
        model.addAttribute("statement", statement);
        model.addAttribute("view", viewOf(viewParam));
        model.addAttribute("pdfBase", "/famille/factures/");
        // the guide's card icon: which invoices can be paid online, which are "en cours" (ADR 0027)
        Map<String, String> onlinePay = new HashMap<>();
        for (PayableInvoice invoice : payable.payableInvoices(user.familyId())) {
            if (invoice.payable() || invoice.inProgress()) {
                onlinePay.put(invoice.number(), invoice.payable() ? "payable" : "inProgress");
            }
        }
        model.addAttribute("onlinePay", onlinePay);
        return "billing/statement";
    }

    @GetMapping("/famille/factures/{number}/pdf")
    ResponseEntity<byte[]> invoicePdf(@AuthenticationPrincipal PortalUser user, @PathVariable String number) {
        return pdfResponse(renderer, NUMBER.matcher(number).matches()
                ? documents.document(user.familyId(), number) : Optional.empty());
    }

    static ResponseEntity<byte[]> pdfResponse(InvoicePdfRenderer renderer, Optional<InvoiceDocument> document) {
        InvoiceDocument found = document.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = renderer.pdf(found);
        String name = (found.creditNote() ? "avoir-" : "facture-") + found.number() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    /** "2014", "2014-2015" → that school year; anything else → the current one. */
    static @Nullable SchoolYear schoolYearOf(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(value.trim());
        if (!matcher.matches()) {
            return null;
        }
        int start = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null && Integer.parseInt(matcher.group(2)) != start + 1) {
            return null;
        }
        return start < 1900 || start > 2999 ? null : new SchoolYear(start);
    }

    static String viewOf(@Nullable String value) {
        return "factures".equals(value) || "reglements".equals(value) ? value : "operations";
    }
}
