package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.FamilySummary;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.messaging.application.port.in.ConversationView;
import org.portailfamille.messaging.application.port.in.GetAttachmentUseCase;
import org.portailfamille.messaging.application.port.in.HandleConversationUseCase;
import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.ReadStaffConversationUseCase;
import org.portailfamille.messaging.application.port.in.ReplyAsStaffUseCase;
import org.portailfamille.messaging.application.port.in.StaffInboxQuery;
import org.portailfamille.messaging.application.port.in.StaffMember;
import org.portailfamille.messaging.application.port.in.StaffReplyCommand;
import org.portailfamille.messaging.application.port.in.ViewStaffInboxUseCase;
import org.portailfamille.messaging.application.port.in.WriteToFamilyCommand;
import org.portailfamille.messaging.application.port.in.WriteToFamilyUseCase;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.StaffFacilities;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff "Messagerie": one inbox per desk (the municipality's own, or a facility's; unread and unanswered
 * first), a conversation (take it, reply, mark handled, reopen, the family's file), and "Écrire à une famille"
 * by N° Famille. Desks are named in the address: {@code mairie} or the facility's id. A member of staff sees only
 * the desks of the facilities they work for (ADR 0025; the municipality's desk: administrators, "tous les sites"):
 * any other desk, and so any conversation or attachment of it, answers 404.
 */
@Controller
class StaffMessagesController {

    static final String INBOX = "/gestion/messages";
    static final String CONVERSATION = INBOX + "/{desk}/{conversationId}";

    private final ViewStaffInboxUseCase inbox;
    private final ReadStaffConversationUseCase read;
    private final HandleConversationUseCase handle;
    private final ReplyAsStaffUseCase reply;
    private final GetAttachmentUseCase attachments;
    private final WriteToFamilyUseCase write;
    private final GetFamilySummaryUseCase families;
    private final ViewPlanningSetUpUseCase planning;
    private final ViewStaffFacilitiesUseCase staffFacilities;
    private final MessageSource messages;

    StaffMessagesController(ViewStaffInboxUseCase inbox, ReadStaffConversationUseCase read,
                            HandleConversationUseCase handle, ReplyAsStaffUseCase reply,
                            GetAttachmentUseCase attachments, WriteToFamilyUseCase write,
                            GetFamilySummaryUseCase families, ViewPlanningSetUpUseCase planning,
                            ViewStaffFacilitiesUseCase staffFacilities, MessageSource messages) {
        this.staffFacilities = staffFacilities;
        this.inbox = inbox;
        this.read = read;
        this.handle = handle;
        this.reply = reply;
        this.attachments = attachments;
        this.write = write;
        this.families = families;
        this.planning = planning;
        this.messages = messages;
    }

    /** A desk of the selector: its slug in addresses, its name, its unread count. */
    public record Desk(String slug, String name, int unread) {
    }

    /** The desks {@code user} works for: the municipality's for administrators, then their facilities. */
    List<Desk> desks(PortalUser user) {
        return desks(staffFacilities.staffFacilities(user.loginId()), planning, inbox, messages);
    }

    static List<Desk> desks(StaffFacilities scope, ViewPlanningSetUpUseCase planning, ViewStaffInboxUseCase inbox,
                            MessageSource messages) {
        List<Desk> desks = new java.util.ArrayList<>();
        if (scope.allFacilities()) {
            desks.add(new Desk(MessageForms.MUNICIPALITY, messages.getMessage("messaging.staff.municipality", null,
                    Locale.FRENCH), inbox.countUnreadForStaff(null)));
        }
        for (FacilityView facility : planning.facilities()) {
            if (scope.covers(facility.id())) {
                desks.add(new Desk(facility.id().toString(), facility.name(),
                        inbox.countUnreadForStaff(facility.id())));
            }
        }
        return desks;
    }

    /** A desk of {@code user}'s; 404 for any other (so another facility's conversations are not even named). */
    private Desk desk(PortalUser user, String slug) {
        return desks(user).stream().filter(desk -> desk.slug().equals(slug)).findFirst()
                .orElseThrow(MessageForms::notFound);
    }

    @GetMapping(INBOX)
    String inbox(@AuthenticationPrincipal PortalUser user,
                 @RequestParam(name = "structure", defaultValue = MessageForms.MUNICIPALITY) String slug,
                 @RequestParam(name = "traites", defaultValue = "") String handled, Model model) {
        List<Desk> desks = desks(user);
        if (desks.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN); // assigned to no facility yet
        }
        Desk desk = desks.stream().filter(candidate -> candidate.slug().equals(slug)).findFirst()
                .orElse(desks.get(0));
        boolean includeHandled = "oui".equals(handled);
        model.addAttribute("desks", desks);
        model.addAttribute("desk", desk);
        model.addAttribute("includeHandled", includeHandled);
        model.addAttribute("conversations", inbox.staffInbox(new StaffInboxQuery(MessageForms.desk(desk.slug()),
                includeHandled)));
        return "messaging/staff-inbox";
    }

    @GetMapping(CONVERSATION)
    String conversation(@AuthenticationPrincipal PortalUser user, @PathVariable String desk,
                        @PathVariable String conversationId, Model model) {
        Desk shown = desk(user, desk);
        ConversationView conversation = read.openAsStaff(MessageForms.desk(shown.slug()),
                MessageForms.uuid(conversationId)).orElseThrow(MessageForms::notFound);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", model.containsAttribute("uploadTooLarge")
                    ? MessageForms.error("pieces", "messaging.write.uploadTooLarge", messages) : Map.of());
            model.addAttribute("body", "");
        }
        return conversationPage(shown, conversation, model);
    }

    private String conversationPage(Desk desk, ConversationView conversation, Model model) {
        model.addAttribute("desk", desk);
        model.addAttribute("conversation", conversation);
        model.addAttribute("family", families.familySummary(conversation.familyId()).orElse(null));
        return "messaging/staff-conversation";
    }

    private static StaffMember staff(PortalUser user) {
        return new StaffMember(user.username(), user.displayName());
    }

    @PostMapping(CONVERSATION)
    String reply(@AuthenticationPrincipal PortalUser user, @PathVariable String desk,
                 @PathVariable String conversationId, @RequestParam(name = "texte", defaultValue = "") String body,
                 @RequestParam(name = "pieces", required = false) List<MultipartFile> files, Model model,
                 RedirectAttributes redirect) {
        Desk shown = desk(user, desk);
        UUID id = MessageForms.uuid(conversationId);
        MessageOutcome outcome = reply.replyAsStaff(new StaffReplyCommand(MessageForms.desk(shown.slug()), id,
                staff(user), body, MessageForms.uploads(files)));
        if (outcome.problems().stream().anyMatch(problem -> problem.code().equals("UNKNOWN_CONVERSATION"))) {
            throw MessageForms.notFound();
        }
        if (!outcome.sent()) {
            model.addAttribute("errors", MessageForms.errors(outcome.problems(), messages));
            model.addAttribute("body", MessageForms.kept(body));
            ConversationView conversation = read.openAsStaff(MessageForms.desk(shown.slug()), id)
                    .orElseThrow(MessageForms::notFound);
            return conversationPage(shown, conversation, model);
        }
        redirect.addFlashAttribute("confirmation", "messaging.reply.sent");
        return "redirect:" + INBOX + "/" + shown.slug() + "/" + id;
    }

    @PostMapping(CONVERSATION + "/{action:prendre|traiter|rouvrir}")
    String handle(@AuthenticationPrincipal PortalUser user, @PathVariable String desk,
                  @PathVariable String conversationId, @PathVariable String action, RedirectAttributes redirect) {
        Desk shown = desk(user, desk);
        UUID facility = MessageForms.desk(shown.slug());
        UUID id = MessageForms.uuid(conversationId);
        boolean done = switch (action) {
            case "prendre" -> handle.assignToSelf(facility, id, staff(user));
            case "traiter" -> handle.markHandled(facility, id, staff(user));
            default -> handle.reopen(facility, id);
        };
        if (!done) {
            throw MessageForms.notFound();
        }
        redirect.addFlashAttribute("confirmation", "messaging.staff.done." + action);
        return "redirect:" + INBOX + "/" + shown.slug() + "/" + id;
    }

    @GetMapping(CONVERSATION + "/pieces-jointes/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal PortalUser user, @PathVariable String desk,
                                      @PathVariable String conversationId, @PathVariable String attachmentId) {
        UUID facility = MessageForms.desk(desk(user, desk).slug());
        UUID attachment = MessageForms.uuid(attachmentId);
        return MessageForms.download(attachments.attachmentForStaff(facility, attachment)
                .orElseThrow(MessageForms::notFound));
    }

    @GetMapping(INBOX + "/ecrire")
    String writeForm(@AuthenticationPrincipal PortalUser user,
                     @RequestParam(name = "famille", defaultValue = "") String familyNumber, Model model) {
        return writePage(user, familyNumber.length() > 30 ? "" : familyNumber, MessageForms.MUNICIPALITY, "", "",
                Map.of(), model);
    }

    private String writePage(PortalUser user, String familyNumber, String desk, String subject, String body,
                             Map<String, List<String>> errors, Model model) {
        model.addAttribute("desks", desks(user));
        model.addAttribute("familyNumber", familyNumber);
        model.addAttribute("deskSlug", desk);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        return "messaging/staff-write";
    }

    @PostMapping(INBOX + "/ecrire")
    String write(@AuthenticationPrincipal PortalUser user,
                 @RequestParam(name = "famille", defaultValue = "") String familyNumber,
                 @RequestParam(name = "structure", defaultValue = "") String desk,
                 @RequestParam(name = "objet", defaultValue = "") String subject,
                 @RequestParam(name = "texte", defaultValue = "") String body,
                 @RequestParam(name = "pieces", required = false) List<MultipartFile> files,
                 Model model, RedirectAttributes redirect) {
        String number = familyNumber.strip();
        Optional<FamilySummary> family = number.isEmpty() || number.length() > 30 ? Optional.empty()
                : families.familySummaryByNumber(number);
        Optional<Desk> chosen = desks(user).stream().filter(candidate -> candidate.slug().equals(desk)).findFirst();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (family.isEmpty()) {
            errors.put("famille", List.of(messages.getMessage(number.isEmpty() ? "messaging.staff.write.noNumber"
                    : "messaging.staff.write.unknownFamily", null, Locale.FRENCH)));
        }
        if (chosen.isEmpty()) {
            errors.put("destinataire", List.of(messages.getMessage("messaging.problem.UNKNOWN_FACILITY", null,
                    Locale.FRENCH)));
        }
        MessageOutcome outcome = null;
        if (errors.isEmpty()) {
            outcome = write.writeToFamily(new WriteToFamilyCommand(family.get().familyId(),
                    MessageForms.desk(chosen.get().slug()), staff(user), subject, body,
                    MessageForms.uploads(files)));
            errors.putAll(MessageForms.errors(outcome.problems(), messages));
        }
        if (!errors.isEmpty()) {
            return writePage(user, number.length() > 30 ? "" : number, chosen.map(Desk::slug).orElse(""),
                    MessageForms.kept(subject), MessageForms.kept(body), errors, model);
        }
        redirect.addFlashAttribute("confirmation", "messaging.staff.write.sent");
        return "redirect:" + INBOX + "/" + chosen.get().slug() + "/" + outcome.conversationId();
    }
}
