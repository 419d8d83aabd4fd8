package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.messaging.application.port.in.Audience;
import org.portailfamille.messaging.application.port.in.BroadcastCommand;
import org.portailfamille.messaging.application.port.in.BroadcastOutcome;
import org.portailfamille.messaging.application.port.in.BroadcastUseCase;
import org.portailfamille.messaging.application.port.in.ChangeContactDetailsCommand;
import org.portailfamille.messaging.application.port.in.ChangeContactDetailsUseCase;
import org.portailfamille.messaging.application.port.in.ListDeliveryFailuresUseCase;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.in.RetryDeliveryUseCase;
import org.portailfamille.messaging.application.port.in.StaffMember;
import org.portailfamille.messaging.application.port.in.ViewContactDetailsUseCase;
import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.StaffFacilities;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The staff's other messaging pages: "Envoyer à plusieurs familles" (all families of an activity, a facility or a
 * day, each its own copy: "Message envoyé à N familles"), the notifications that could not be delivered (with
 * "Renvoyer"), and the contact details of the municipality and each facility (Contact page and footer).
 * A broadcast reaches only the facilities the sender works for (ADR 0025: another facility answers 404); the
 * failures (every family's addresses) and the contact details are the administrators' ("tous les sites", else 403).
 */
@Controller
class StaffMessagingToolsController {

    static final String BROADCAST = StaffMessagesController.INBOX + "/diffuser";
    static final String FAILURES = StaffMessagesController.INBOX + "/echecs";
    static final String CONTACTS = StaffMessagesController.INBOX + "/coordonnees";
    static final List<String> TARGETS = List.of("activite", "structure", "jour");

    private final BroadcastUseCase broadcast;
    private final ListDeliveryFailuresUseCase failures;
    private final RetryDeliveryUseCase retry;
    private final ViewContactDetailsUseCase contacts;
    private final ChangeContactDetailsUseCase changeContacts;
    private final ViewPlanningSetUpUseCase planning;
    private final ViewStaffFacilitiesUseCase staffFacilities;
    private final MessageSource messages;

    StaffMessagingToolsController(BroadcastUseCase broadcast, ListDeliveryFailuresUseCase failures,
                                  RetryDeliveryUseCase retry,
                                  ViewContactDetailsUseCase contacts, ChangeContactDetailsUseCase changeContacts,
                                  ViewPlanningSetUpUseCase planning, ViewStaffFacilitiesUseCase staffFacilities,
                                  MessageSource messages) {
        this.staffFacilities = staffFacilities;
        this.broadcast = broadcast;
        this.failures = failures;
        this.retry = retry;
        this.contacts = contacts;
        this.changeContacts = changeContacts;
        this.planning = planning;
        this.messages = messages;
    }

    /** A facility and its activities, for the broadcast's selectors. */
    public record FacilityChoice(FacilityView facility, List<ActivityView> activities) {
    }

    /** What the broadcast form holds. */
    public record BroadcastForm(String target, String facility, String activity, String day, String subject,
                                String body, String sending) {
    }

    private StaffFacilities scope(PortalUser user) {
        return staffFacilities.staffFacilities(user.loginId());
    }

    private void requireAdministrator(PortalUser user) {
        if (!scope(user).allFacilities()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @GetMapping(BROADCAST)
    String broadcastForm(@AuthenticationPrincipal PortalUser user, Model model) {
        return broadcastPage(user, new BroadcastForm("activite", "", "", "", "", "", UUID.randomUUID().toString()),
                Map.of(), model);
    }

    private String broadcastPage(PortalUser user, BroadcastForm form, Map<String, List<String>> errors,
                                 Model model) {
        StaffFacilities scope = scope(user);
        model.addAttribute("choices", planning.facilities().stream().filter(facility -> scope.covers(facility.id()))
                .map(facility -> new FacilityChoice(facility, planning.activitiesOf(facility.id()))).toList());
        model.addAttribute("targets", TARGETS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "messaging/staff-broadcast";
    }

    @PostMapping(BROADCAST)
    String send(@AuthenticationPrincipal PortalUser user,
                @RequestParam(name = "cible", defaultValue = "") String target,
                @RequestParam(name = "structure", defaultValue = "") String facility,
                @RequestParam(name = "activite", defaultValue = "") String activity,
                @RequestParam(name = "jour", defaultValue = "") String day,
                @RequestParam(name = "objet", defaultValue = "") String subject,
                @RequestParam(name = "texte", defaultValue = "") String body,
                @RequestParam(name = "envoi", defaultValue = "") String sending,
                Model model, RedirectAttributes redirect) {
        UUID sendingId = parse(sending);
        BroadcastForm form = new BroadcastForm(TARGETS.contains(target) ? target : "activite", short40(facility),
                short40(activity), short40(day), MessageForms.kept(subject), MessageForms.kept(body),
                sendingId == null ? UUID.randomUUID().toString() : sendingId.toString());
        Map<String, List<String>> errors = new LinkedHashMap<>();
        UUID facilityId = parse(facility);
        if (facilityId != null && !scope(user).covers(facilityId)) {
            throw MessageForms.notFound(); // another facility's families: not this member of staff's
        }
        UUID activityId = parse(activity);
        LocalDate date = null;
        if (!TARGETS.contains(target)) {
            errors.put("cible", List.of(text("messaging.broadcast.target.missing")));
        }
        if (facilityId == null) {
            errors.put("structure", List.of(text("messaging.broadcast.facility.missing")));
        }
        if ("activite".equals(target) && activityId == null) {
            errors.put("activite", List.of(text("messaging.broadcast.activity.missing")));
        }
        if ("jour".equals(target)) {
            try {
                date = LocalDate.parse(day);
            } catch (DateTimeParseException malformed) {
                errors.put("jour", List.of(text("messaging.broadcast.day.missing")));
            }
        }
        if (sendingId == null) {
            errors.put("texte", List.of(text("messaging.broadcast.expired")));
        }
        if (!errors.isEmpty()) {
            return broadcastPage(user, form, errors, model);
        }
        Audience audience = switch (target) {
            case "activite" -> Audience.activity(facilityId, activityId);
            case "structure" -> Audience.facility(facilityId);
            default -> Audience.day(facilityId, activityId, date);
        };
        BroadcastOutcome outcome = broadcast.broadcast(new BroadcastCommand(sendingId, audience,
                new StaffMember(user.username(), user.displayName()), subject, body));
        if (!outcome.problems().isEmpty()) {
            return broadcastPage(user, form, audienceErrors(outcome.problems()), model);
        }
        redirect.addFlashAttribute("sentTo", outcome.sent());
        return "redirect:" + BROADCAST + "/envoye";
    }

    /** The audience's problems are shown by the selectors, not by the text. */
    private Map<String, List<String>> audienceErrors(List<MessageProblem> problems) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        MessageForms.errors(problems, messages).forEach((field, texts) ->
                errors.merge("destinataire".equals(field) ? "structure" : field, texts, (a, b) -> {
                    List<String> all = new java.util.ArrayList<>(a);
                    all.addAll(b);
                    return all;
                }));
        return errors;
    }

    @GetMapping(BROADCAST + "/envoye")
    String sent(Model model) {
        if (!model.containsAttribute("sentTo")) {
            return "redirect:" + BROADCAST;
        }
        return "messaging/staff-broadcast-sent";
    }

    @GetMapping(FAILURES)
    String failures(@AuthenticationPrincipal PortalUser user, Model model) {
        requireAdministrator(user);
        model.addAttribute("failures", failures.deliveryFailures(200));
        return "messaging/staff-failures";
    }

    @PostMapping(FAILURES + "/{failureId}/renvoyer")
    String retry(@AuthenticationPrincipal PortalUser user, @PathVariable String failureId,
                 RedirectAttributes redirect) {
        requireAdministrator(user);
        if (!retry.retryDelivery(MessageForms.uuid(failureId))) {
            throw MessageForms.notFound();
        }
        redirect.addFlashAttribute("confirmation", "messaging.failures.retried");
        return "redirect:" + FAILURES;
    }

    @GetMapping(CONTACTS)
    String contacts(@AuthenticationPrincipal PortalUser user, Model model) {
        requireAdministrator(user);
        return contactsPage("", Map.of(), null, model);
    }

    /** {@code typed}: what was typed in the desk in error (address, phone, e-mail), kept on the form. */
    private String contactsPage(String deskInError, Map<String, List<String>> errors, List<String> typed,
                                Model model) {
        var directory = contacts.contactDirectory();
        List<org.portailfamille.messaging.application.port.in.ContactDetails> cards = new java.util.ArrayList<>();
        cards.add(directory.municipality());
        cards.addAll(directory.facilities());
        model.addAttribute("cards", cards);
        model.addAttribute("deskInError", deskInError);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "messaging/staff-contacts";
    }

    @PostMapping(CONTACTS)
    String saveContacts(@AuthenticationPrincipal PortalUser user,
                        @RequestParam(name = "structure", defaultValue = "") String desk,
                        @RequestParam(name = "adresse", defaultValue = "") String address,
                        @RequestParam(name = "telephone", defaultValue = "") String phone,
                        @RequestParam(name = "courriel", defaultValue = "") String email,
                        Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        UUID facility = MessageForms.MUNICIPALITY.equals(desk) ? null : parse(desk);
        List<MessageProblem> problems = facility == null && !MessageForms.MUNICIPALITY.equals(desk)
                ? List.of(MessageProblem.of("UNKNOWN_FACILITY"))
                : changeContacts.changeContactDetails(new ChangeContactDetailsCommand(facility, address.strip(),
                phone.strip(), email.strip()));
        if (!problems.isEmpty()) {
            return contactsPage(short40(desk), MessageForms.errors(problems, messages),
                    List.of(cut(address, 600), cut(phone, 60), cut(email, 300)), model);
        }
        redirect.addFlashAttribute("confirmation", "messaging.contacts.saved");
        return "redirect:" + CONTACTS;
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String short40(String value) {
        return value.length() > 40 ? "" : value;
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
