package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.messaging.application.port.in.AttachmentUpload;
import org.portailfamille.messaging.application.port.in.GetPublishedDocumentUseCase;
import org.portailfamille.messaging.application.port.in.ListPublishedDocumentsUseCase;
import org.portailfamille.messaging.application.port.in.PublishDocumentCommand;
import org.portailfamille.messaging.application.port.in.PublishDocumentOutcome;
import org.portailfamille.messaging.application.port.in.PublishDocumentUseCase;
import org.portailfamille.messaging.application.port.in.WithdrawDocumentUseCase;
import org.portailfamille.messaging.domain.PublishedDocument;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Accueil's "Infos./Documents": documents staff publish for families (internal rules, menus, forms), each a PDF
 * for every family or for the families of one facility. Parents list and download those they may read (general
 * ones, those of the facilities their children attend; any other id is 404); staff publish and withdraw them.
 * Downloads are attachments with nosniff and no-store.
 */
@Controller
class PublishedDocumentsController {

    static final String FAMILY_PATH = "/famille/documents";
    static final String STAFF_PATH = "/gestion/documents";
    static final String GENERAL = "toutes";

    private final ListPublishedDocumentsUseCase list;
    private final GetPublishedDocumentUseCase get;
    private final PublishDocumentUseCase publish;
    private final WithdrawDocumentUseCase withdraw;
    private final ViewPlanningSetUpUseCase planningSetUp;
    private final MessageSource messages;

    PublishedDocumentsController(ListPublishedDocumentsUseCase list, GetPublishedDocumentUseCase get,
                                 PublishDocumentUseCase publish, WithdrawDocumentUseCase withdraw,
                                 ViewPlanningSetUpUseCase planningSetUp, MessageSource messages) {
        this.list = list;
        this.get = get;
        this.publish = publish;
        this.withdraw = withdraw;
        this.planningSetUp = planningSetUp;
        this.messages = messages;
    }

    @GetMapping(FAMILY_PATH)
    String familyDocuments(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("documents", list.documentsForFamily(user.familyId()));
        return "messaging/documents";
    }

    @GetMapping(FAMILY_PATH + "/{documentId}")
    ResponseEntity<byte[]> familyDocument(@AuthenticationPrincipal PortalUser user, @PathVariable String documentId) {
        return MessageForms.download(get.documentForFamily(user.familyId(), MessageForms.uuid(documentId))
                .orElseThrow(MessageForms::notFound));
    }

    @GetMapping(STAFF_PATH)
    String staffDocuments(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("title")) {
            model.addAttribute("title", "");
            model.addAttribute("category", "RULES");
            model.addAttribute("facility", GENERAL);
        }
        model.addAttribute("documents", list.publishedDocuments());
        model.addAttribute("facilities", planningSetUp.facilities());
        model.addAttribute("categories", Arrays.stream(PublishedDocument.Category.values()).map(Enum::name).toList());
        return "messaging/staff-documents";
    }

    @PostMapping(STAFF_PATH)
    String publish(@AuthenticationPrincipal PortalUser user,
                   @RequestParam(name = "titre", defaultValue = "") String title,
                   @RequestParam(name = "categorie", defaultValue = "") String category,
                   @RequestParam(name = "structure", defaultValue = GENERAL) String facility,
                   @RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
                   RedirectAttributes redirect) {
        UUID facilityId = GENERAL.equals(facility) ? null : facilityOrUnknown(facility);
        PublishDocumentOutcome outcome = publish.publishDocument(new PublishDocumentCommand(title, category,
                facilityId, upload(file), user.displayName().isBlank() ? user.username() : user.displayName()));
        if (outcome.published()) {
            redirect.addFlashAttribute("confirmation", "messaging.documents.published");
            return "redirect:" + STAFF_PATH;
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        outcome.problems().forEach((field, problem) -> errors.put(field, List.of(messages.getMessage(
                "messaging.documents.problem." + field + "." + problem, null, Locale.FRENCH))));
        model.addAttribute("errors", errors);
        model.addAttribute("title", MessageForms.kept(title));
        model.addAttribute("category", category);
        model.addAttribute("facility", facility);
        return staffDocuments(model);
    }

    @PostMapping(STAFF_PATH + "/{documentId}/retirer")
    String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable String documentId,
                    RedirectAttributes redirect) {
        if (!withdraw.withdrawDocument(MessageForms.uuid(documentId),
                user.displayName().isBlank() ? user.username() : user.displayName())) {
            throw MessageForms.notFound();
        }
        redirect.addFlashAttribute("confirmation", "messaging.documents.withdrawn");
        return "redirect:" + STAFF_PATH;
    }

    @GetMapping(STAFF_PATH + "/{documentId}")
    ResponseEntity<byte[]> staffDocument(@PathVariable String documentId) {
        return MessageForms.download(get.documentForStaff(MessageForms.uuid(documentId))
                .orElseThrow(MessageForms::notFound));
    }

    /** A facility chosen in the list; an unknown value becomes an id no facility has (refused as a choice). */
    private static UUID facilityOrUnknown(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            return new UUID(0, 0);
        }
    }

    private static AttachmentUpload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return new AttachmentUpload("", new byte[0]);
        }
        try {
            return new AttachmentUpload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
