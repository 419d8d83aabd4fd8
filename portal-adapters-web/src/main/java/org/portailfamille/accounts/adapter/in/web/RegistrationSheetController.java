package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.PdfPrinter;
import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetChildFileUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Fiche d'inscription" of Accueil: the logged-in family's file printed as a tagged, accessible PDF (PDF/UA, the
 * same openhtmltopdf set-up as invoices, ADR 0021): guardian, partner, quotient and CAF, and each child's identity,
 * school, authorisations, authorised persons and health data. Only ever the family's own file (the family comes from
 * the session, the route carries no id); served as an attachment, no-store, nosniff.
 */
@Controller
class RegistrationSheetController {

    static final String PATH = "/famille/fiche-inscription";

    private final GetFamilyFileUseCase familyFiles;
    private final ListChildrenUseCase children;
    private final GetChildFileUseCase childFiles;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final String municipalityName;

    RegistrationSheetController(GetFamilyFileUseCase familyFiles, ListChildrenUseCase children,
                                GetChildFileUseCase childFiles, ITemplateEngine templates, Clock clock,
                                @Value("${portal.municipality.name}") String municipalityName) {
        this.familyFiles = familyFiles;
        this.children = children;
        this.childFiles = childFiles;
        this.templates = templates;
        this.clock = clock;
        this.municipalityName = municipalityName;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> sheet(@AuthenticationPrincipal PortalUser user) {
        FamilyFile file = familyFiles.familyFile(user.familyId())
                .orElseThrow(() -> new IllegalStateException("The logged-in family no longer exists"));
        List<ChildFile> files = children.children(file.familyId()).stream()
                .map(child -> childFiles.childFile(file.familyId(), child.childId()))
                .flatMap(Optional::stream).toList();
        byte[] pdf = pdf(html(file, files));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("fiche-inscription-" + file.familyNumber() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    String html(FamilyFile file, List<ChildFile> files) {
        Context context = new Context(Locale.FRENCH);
        context.setVariable("file", file);
        context.setVariable("children", files);
        context.setVariable("municipalityName", municipalityName);
        context.setVariable("printedOn", LocalDate.now(clock));
        context.setVariable("fmt", new Formats());
        return templates.process("accounts/registration-sheet-pdf", context);
    }

    /** French formats for the printed sheet (the template is processed outside a web request: no bean references). */
    public static final class Formats {
        private static final java.time.format.DateTimeFormatter DATE =
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

        public String date(LocalDate date) {
            return DATE.format(date);
        }

        public String decimal(java.math.BigDecimal value) {
            java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##",
                    java.text.DecimalFormatSymbols.getInstance(Locale.FRANCE));
            return format.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
        }

        public String phones(String... phones) {
            return String.join(" / ", java.util.Arrays.stream(phones).filter(p -> !p.isBlank()).toList());
        }
    }

    static byte[] pdf(String html) {
        return PdfPrinter.print(html, "The registration sheet");
    }
}
