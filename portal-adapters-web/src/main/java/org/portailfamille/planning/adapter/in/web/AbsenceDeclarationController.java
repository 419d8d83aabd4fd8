package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.planning.application.port.in.AbsenceForm;
import org.portailfamille.planning.application.port.in.AbsenceFormQuery;
import org.portailfamille.planning.application.port.in.CertificateDownload;
import org.portailfamille.planning.application.port.in.DeclareAbsenceCommand;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult.Outcome;
import org.portailfamille.planning.application.port.in.DeclareAbsenceUseCase;
import org.portailfamille.planning.application.port.in.GetAbsenceCertificateUseCase;
import org.portailfamille.shared.ChildId;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * "Déclarer une absence" for a child of the logged-in family on a day of an activity, in two steps: the reason and
 * a comment, then the confirmation ("Confirmer la déclaration") with the certificate for a medical reason. Problems
 * are shown on the form in French and nothing is stored; once declared, back to the child's planning of the month.
 * The certificate is served to the child's family only. A child, activity or absence of another family is 404.
 */
@Controller
class AbsenceDeclarationController {

    static final String PATH = "/famille/enfants/{childId}/absences/nouvelle";
    static final long MAX_CERTIFICATE_BYTES = 5L * 1024 * 1024;

    private final DeclareAbsenceUseCase declare;
    private final GetAbsenceCertificateUseCase certificates;

    AbsenceDeclarationController(DeclareAbsenceUseCase declare, GetAbsenceCertificateUseCase certificates) {
        this.declare = declare;
        this.certificates = certificates;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal PortalUser user, @PathVariable String childId,
                @RequestParam(name = "activite", defaultValue = "") String activityId,
                @RequestParam(name = "jour", defaultValue = "") String day, Model model) {
        Context context = context(user, childId, activityId, day);
        model.addAttribute("reason", "");
        model.addAttribute("comment", "");
        boolean tooLarge = model.containsAttribute("uploadTooLarge");
        return page(context, "form", tooLarge ? errorOf(Outcome.CERTIFICATE_TOO_LARGE) : Map.of(), model);
    }

    @PostMapping(PATH)
    String submit(@AuthenticationPrincipal PortalUser user, @PathVariable String childId,
                  @RequestParam(name = "activite", defaultValue = "") String activityId,
                  @RequestParam(name = "jour", defaultValue = "") String day,
                  @RequestParam(name = "etape", defaultValue = "") String step,
                  @RequestParam(name = "motif", defaultValue = "") String reason,
                  @RequestParam(name = "commentaire", defaultValue = "") String comment,
                  @RequestParam(name = "certificat", required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect) {
        Context context = context(user, childId, activityId, day);
        String typedComment = comment.length() > 2000 ? comment.substring(0, 2000) : comment;
        model.addAttribute("reason", reason);
        model.addAttribute("comment", typedComment);
        if (!context.form().booked()) {
            return page(context, "form", Map.of(), model);
        }
        boolean confirming = "confirmer".equals(step);
        byte[] certificate = confirming ? contentOf(file) : null;
        DeclareAbsenceCommand command = new DeclareAbsenceCommand(user.familyId(), context.child(),
                context.activity(), context.day(), reason, comment, certificate, user.username());
        DeclareAbsenceResult result = confirming ? declare.declareAbsence(command) : declare.check(command);
        if (result.isProblem()) {
            boolean certificateProblem = result.outcome().name().startsWith("CERTIFICATE");
            return page(context, certificateProblem ? "confirm" : "form", errorOf(result.outcome()), model);
        }
        if (!confirming) {
            return page(context, "confirm", Map.of(), model);
        }
        redirect.addFlashAttribute("absenceDeclared", result.outcome().name());
        return "redirect:/famille/enfants/" + context.child().value() + "/planning?mois="
                + context.day().toString().substring(0, 7);
    }

    @GetMapping("/famille/enfants/{childId}/absences/{absenceId}/certificat")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal PortalUser user, @PathVariable String childId,
                                       @PathVariable String absenceId) {
        CertificateDownload download = certificates.familyCertificate(user.familyId(), new ChildId(uuid(childId)),
                uuid(absenceId)).orElseThrow(AbsenceDeclarationController::notFound);
        return send(download);
    }

    static ResponseEntity<byte[]> send(CertificateDownload download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(download.content());
    }

    private String page(Context context, String step, Map<String, String> errors, Model model) {
        model.addAttribute("absence", context.form());
        model.addAttribute("childId", context.child().value());
        model.addAttribute("activityId", context.activity());
        model.addAttribute("day", context.day());
        model.addAttribute("step", step);
        model.addAttribute("errors", errors);
        return "planning/absence-form";
    }

    private static Map<String, String> errorOf(Outcome outcome) {
        Map<String, String> errors = new LinkedHashMap<>();
        String field = switch (outcome) {
            case COMMENT_TOO_LONG -> "commentaire";
            case CERTIFICATE_REQUIRED, CERTIFICATE_TYPE, CERTIFICATE_TOO_LARGE -> "certificat";
            default -> "motif";
        };
        errors.put(field, "planning.absence.error." + outcome.name());
        return errors;
    }

    /** The file's content, or null when none was chosen; over the limit, not read (the use case says too large). */
    private static byte[] contentOf(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > MAX_CERTIFICATE_BYTES) {
            return new byte[(int) MAX_CERTIFICATE_BYTES + 1];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Context context(PortalUser user, String childId, String activityId, String day) {
        ChildId child = new ChildId(uuid(childId));
        UUID activity = uuid(activityId);
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException malformed) {
            throw notFound();
        }
        AbsenceForm form = declare.absenceForm(new AbsenceFormQuery(user.familyId(), child, activity, date))
                .orElseThrow(AbsenceDeclarationController::notFound);
        return new Context(child, activity, date, form);
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private record Context(ChildId child, UUID activity, LocalDate day, AbsenceForm form) {
    }
}
