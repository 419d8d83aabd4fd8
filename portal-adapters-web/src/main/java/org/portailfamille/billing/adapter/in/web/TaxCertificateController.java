package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.PortalUser;
import org.portailfamille.billing.application.port.in.GetTaxCertificateUseCase;
import org.portailfamille.billing.application.port.in.ListTaxCertificatesUseCase;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesCommand;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesResult;
import org.portailfamille.billing.application.port.in.ProduceTaxCertificatesUseCase;
import org.portailfamille.billing.application.port.in.TaxCertificateView;
import org.portailfamille.shared.ChildId;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Attestations fiscales (ADR 0029). Parents: under "Relevé de compte" (the money side of the account), a year
 * selector and one PDF per child, of their own family only (another family's child answers 404 like an unknown
 * one). Staff: produce a year's certificates for all families in one run, list them, print any.
 */
@Controller
class TaxCertificateController {

    static final String PATH = "/famille/attestations-fiscales";
    static final String STAFF_PATH = StaffBillingController.BASE + "/attestations-fiscales";

    private final ListTaxCertificatesUseCase lists;
    private final GetTaxCertificateUseCase certificates;
    private final ProduceTaxCertificatesUseCase produce;
    private final TaxCertificatePdfRenderer renderer;
    private final BillingWords words;
    private final Clock clock;

    TaxCertificateController(ListTaxCertificatesUseCase lists, GetTaxCertificateUseCase certificates,
                             ProduceTaxCertificatesUseCase produce, TaxCertificatePdfRenderer renderer, BillingWords words,
                             Clock clock) {
        this.lists = lists;
        this.certificates = certificates;
        this.produce = produce;
        this.renderer = renderer;
        this.words = words;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String familyPage(@AuthenticationPrincipal PortalUser user,
                      @RequestParam(name = "annee", required = false) String yearParam, Model model) {
        List<Integer> years = new ArrayList<>(lists.yearsOf(user.familyId()));
        int lastYear = LocalDate.now(clock).getYear() - 1;
        if (!years.contains(lastYear)) {
            years.add(lastYear);
            years.sort(java.util.Comparator.reverseOrder());
        }
        Integer asked = yearOf(yearParam);
        int year = asked != null && years.contains(asked) ? asked : years.get(0);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("certificates", lists.certificatesOf(user.familyId(), year));
        return "billing/tax-certificates";
    }

    @GetMapping(PATH + "/{annee}/{childId}/pdf")
    ResponseEntity<byte[]> familyPdf(@AuthenticationPrincipal PortalUser user, @PathVariable("annee") String yearParam,
                                     @PathVariable String childId) {
        Integer year = yearOf(yearParam);
        UUID child = BillingForms.uuid(childId);
        return pdf(year == null || child == null ? Optional.empty()
                : certificates.certificate(user.familyId(), new ChildId(child), year));
    }

    @GetMapping(STAFF_PATH)
    String staffPage(@RequestParam(name = "annee", required = false) String yearParam, Model model) {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        Integer asked = yearOf(yearParam);
        int year = asked != null && asked <= lastYear ? asked : lastYear;
        List<Integer> years = new ArrayList<>(lists.producedYears());
        if (!years.contains(year)) {
            years.add(year);
        }
        years.sort(java.util.Comparator.reverseOrder());
        List<TaxCertificateView> ofYear = lists.certificatesOfYear(year);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("lastYear", lastYear);
        model.addAttribute("certificates", ofYear);
        model.addAttribute("total", ofYear.stream().map(TaxCertificateView::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        return "billing/staff-tax-certificates";
    }

    @PostMapping(STAFF_PATH)
    String produce(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "annee", required = false) String yearParam,
                   Model model, RedirectAttributes redirect) {
        Integer year = yearOf(yearParam);
        ProduceTaxCertificatesResult result = year == null ? null
                : produce.produce(new ProduceTaxCertificatesCommand(year, user.username()));
        if (result == null || !result.problems().isEmpty()) {
            model.addAttribute("yearError", true);
            model.addAttribute("typedYear", BillingForms.clean(yearParam));
            return staffPage(null, model);
        }
        redirect.addFlashAttribute("done", "billing.tax.done");
        redirect.addFlashAttribute("doneArgument", words.text("billing.tax.done.detail", String.valueOf(year),
                result.certificates(), result.familiesWithPayments(), words.amount(result.total())));
        return "redirect:" + STAFF_PATH + "?annee=" + year;
    }

    @GetMapping(STAFF_PATH + "/{annee}/{childId}/pdf")
    ResponseEntity<byte[]> staffPdf(@PathVariable("annee") String yearParam, @PathVariable String childId) {
        Integer year = yearOf(yearParam);
        UUID child = BillingForms.uuid(childId);
        return pdf(year == null || child == null ? Optional.empty()
                : certificates.certificateForStaff(new ChildId(child), year));
    }

    private ResponseEntity<byte[]> pdf(Optional<TaxCertificateView> certificate) {
        TaxCertificateView found = certificate.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = "attestation-fiscale-" + found.taxYear() + "-" + fileSafe(found.childFirstName()) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(renderer.pdf(found));
    }

    static @Nullable Integer yearOf(@Nullable String value) {
        String cleaned = BillingForms.clean(value);
        return cleaned.matches("(19|20)\\d{2}") ? Integer.valueOf(cleaned) : null;
    }

    private static String fileSafe(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "enfant" : ascii;
    }
}
