package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.messaging.application.port.in.ConversationView;
import org.portailfamille.messaging.application.port.in.DeleteConversationUseCase;
import org.portailfamille.messaging.application.port.in.FamilyReplyCommand;
import org.portailfamille.messaging.application.port.in.Folder;
import org.portailfamille.messaging.application.port.in.GetAttachmentUseCase;
import org.portailfamille.messaging.application.port.in.MailboxOrder;
import org.portailfamille.messaging.application.port.in.MailboxQuery;
import org.portailfamille.messaging.application.port.in.MessageOutcome;
import org.portailfamille.messaging.application.port.in.ReadConversationUseCase;
import org.portailfamille.messaging.application.port.in.ReplyAsFamilyUseCase;
import org.portailfamille.messaging.application.port.in.ViewContactDetailsUseCase;
import org.portailfamille.messaging.application.port.in.ViewMailboxUseCase;
import org.portailfamille.messaging.application.port.in.WriteToFacilityCommand;
import org.portailfamille.messaging.application.port.in.WriteToFacilityUseCase;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The guide's "Boîte de réception": the folders (messages reçus, envoyés, supprimés), a conversation (marked read
 * when opened), the reply, delete and restore, the attachments (as downloads, the family's own only), and
 * "Écrire un message" to a facility or the municipality. Another family's conversation or attachment is 404.
 */
@Controller
class FamilyMessagesController {

    static final String INBOX = "/famille/messages";

    /** The folders in the guide's order, with their slug in the address. */
    enum FolderTab {
        RECEIVED("recus", Folder.RECEIVED), SENT("envoyes", Folder.SENT), DELETED("supprimes", Folder.DELETED);

        final String slug;
        final Folder folder;

        FolderTab(String slug, Folder folder) {
            this.slug = slug;
            this.folder = folder;
        }

        public String getSlug() {
            return slug;
        }

        public String getName() {
            return name();
        }

        static FolderTab of(String slug) {
            for (FolderTab tab : values()) {
                if (tab.slug.equals(slug)) {
                    return tab;
                }
            }
            return RECEIVED;
        }

        static FolderTab of(Folder folder) {
            for (FolderTab tab : values()) {
                if (tab.folder == folder) {
                    return tab;
                }
            }
            return RECEIVED;
        }
    }

    private final ViewMailboxUseCase mailbox;
    private final ReadConversationUseCase read;
    private final ReplyAsFamilyUseCase reply;
    private final DeleteConversationUseCase delete;
    private final GetAttachmentUseCase attachments;
    private final WriteToFacilityUseCase write;
    private final ViewContactDetailsUseCase contacts;
    private final MessageSource messages;

    FamilyMessagesController(ViewMailboxUseCase mailbox, ReadConversationUseCase read, ReplyAsFamilyUseCase reply,
                             DeleteConversationUseCase delete, GetAttachmentUseCase attachments,
                             WriteToFacilityUseCase write, ViewContactDetailsUseCase contacts,
                             MessageSource messages) {
        this.mailbox = mailbox;
        this.read = read;
        this.reply = reply;
        this.delete = delete;
        this.attachments = attachments;
        this.write = write;
        this.contacts = contacts;
        this.messages = messages;
    }

    @GetMapping(INBOX)
    String inbox(@AuthenticationPrincipal PortalUser user,
                 @RequestParam(name = "dossier", defaultValue = "recus") String folder, Model model) {
        FolderTab tab = FolderTab.of(folder);
        model.addAttribute("folders", FolderTab.values());
        model.addAttribute("folder", tab);
        model.addAttribute("conversations",
                mailbox.mailbox(new MailboxQuery(user.familyId(), tab.folder, MailboxOrder.UNREAD_FIRST)));
        return "messaging/inbox";
    }

    @GetMapping(INBOX + "/{conversationId}")
    String conversation(@AuthenticationPrincipal PortalUser user, @PathVariable String conversationId, Model model) {
        ConversationView conversation = read.openConversation(user.familyId(), MessageForms.uuid(conversationId))
                .orElseThrow(MessageForms::notFound);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", model.containsAttribute("uploadTooLarge")
                    ? MessageForms.error("pieces", "messaging.write.uploadTooLarge", messages) : Map.of());
            model.addAttribute("body", "");
        }
        return conversationPage(conversation, model);
    }

    private String conversationPage(ConversationView conversation, Model model) {
        model.addAttribute("conversation", conversation);
        model.addAttribute("folder", FolderTab.of(conversation.folder()));
        return "messaging/conversation";
    }

    @PostMapping(INBOX + "/{conversationId}")
    String reply(@AuthenticationPrincipal PortalUser user, @PathVariable String conversationId,
                 @RequestParam(name = "texte", defaultValue = "") String body,
                 @RequestParam(name = "pieces", required = false) List<MultipartFile> files,
                 Model model, RedirectAttributes redirect) {
        UUID id = MessageForms.uuid(conversationId);
        MessageOutcome outcome = reply.replyAsFamily(new FamilyReplyCommand(user.familyId(), id, user.displayName(),
                body, MessageForms.uploads(files)));
        if (outcome.problems().stream().anyMatch(problem -> problem.code().equals("UNKNOWN_CONVERSATION"))) {
            throw MessageForms.notFound();
        }
        if (!outcome.sent()) {
            model.addAttribute("errors", MessageForms.errors(outcome.problems(), messages));
            model.addAttribute("body", MessageForms.kept(body));
            ConversationView conversation = read.openConversation(user.familyId(), id)
                    .orElseThrow(MessageForms::notFound);
            return conversationPage(conversation, model);
        }
        redirect.addFlashAttribute("confirmation", "messaging.reply.sent");
        return "redirect:" + INBOX + "/" + id;
    }

    @PostMapping(INBOX + "/{conversationId}/supprimer")
    String delete(@AuthenticationPrincipal PortalUser user, @PathVariable String conversationId,
                  RedirectAttributes redirect) {
        if (!delete.deleteConversation(user.familyId(), MessageForms.uuid(conversationId))) {
            throw MessageForms.notFound();
        }
        redirect.addFlashAttribute("confirmation", "messaging.deleted");
        return "redirect:" + INBOX;
    }

    @PostMapping(INBOX + "/{conversationId}/restaurer")
    String restore(@AuthenticationPrincipal PortalUser user, @PathVariable String conversationId,
                   RedirectAttributes redirect) {
        UUID id = MessageForms.uuid(conversationId);
        if (!delete.restoreConversation(user.familyId(), id)) {
            throw MessageForms.notFound();
        }
        redirect.addFlashAttribute("confirmation", "messaging.restored");
        return "redirect:" + INBOX + "/" + id;
    }

    @GetMapping(INBOX + "/{conversationId}/pieces-jointes/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal PortalUser user, @PathVariable String conversationId,
                                      @PathVariable String attachmentId) {
        UUID conversation = MessageForms.uuid(conversationId);
        UUID attachment = MessageForms.uuid(attachmentId);
        // the attachment must belong to this conversation of the family (its page lists it)
        ConversationView view = read.openConversation(user.familyId(), conversation)
                .orElseThrow(MessageForms::notFound);
        boolean listed = view.messages().stream().flatMap(message -> message.attachments().stream())
                .anyMatch(candidate -> candidate.id().equals(attachment));
        if (!listed) {
            throw MessageForms.notFound();
        }
        return MessageForms.download(attachments.attachmentForFamily(user.familyId(), attachment)
                .orElseThrow(MessageForms::notFound));
    }

    @GetMapping(INBOX + "/nouveau")
    String newMessage(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", model.containsAttribute("uploadTooLarge")
                    ? MessageForms.error("pieces", "messaging.write.uploadTooLarge", messages) : Map.of());
        }
        model.addAttribute("recipient", "");
        model.addAttribute("subject", "");
        model.addAttribute("body", "");
        return writePage(model);
    }

    /**
     * "mairie" → null (the municipality); a facility id; anything else (nothing chosen, a forged value) an id no
     * facility has, which the use case refuses as UNKNOWN_FACILITY with the other problems of the form.
     */
    static UUID recipient(String value) {
        if (MessageForms.MUNICIPALITY.equals(value)) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            return NO_FACILITY;
        }
    }

    static final UUID NO_FACILITY = new UUID(0L, 0L);

    private String writePage(Model model) {
        model.addAttribute("directory", contacts.contactDirectory());
        return "messaging/write";
    }

    @PostMapping(INBOX + "/nouveau")
    String send(@AuthenticationPrincipal PortalUser user,
                @RequestParam(name = "destinataire", defaultValue = "") String recipient,
                @RequestParam(name = "objet", defaultValue = "") String subject,
                @RequestParam(name = "texte", defaultValue = "") String body,
                @RequestParam(name = "pieces", required = false) List<MultipartFile> files,
                Model model, RedirectAttributes redirect) {
        MessageOutcome outcome = write.writeToFacility(new WriteToFacilityCommand(user.familyId(),
                recipient(recipient), user.displayName(), subject, body, MessageForms.uploads(files)));
        if (!outcome.sent()) {
            model.addAttribute("errors", MessageForms.errors(outcome.problems(), messages));
            model.addAttribute("recipient", recipient.length() > 40 ? "" : recipient);
            model.addAttribute("subject", MessageForms.kept(subject));
            model.addAttribute("body", MessageForms.kept(body));
            return writePage(model);
        }
        redirect.addFlashAttribute("confirmation", "messaging.write.sent");
        return "redirect:" + INBOX + "/" + outcome.conversationId();
    }
}
