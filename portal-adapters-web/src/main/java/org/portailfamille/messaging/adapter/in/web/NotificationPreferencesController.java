package org.portailfamille.messaging.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.messaging.application.port.in.AdultPreferences;
import org.portailfamille.messaging.application.port.in.ChangeNotificationPreferencesCommand;
import org.portailfamille.messaging.application.port.in.ChangeNotificationPreferencesUseCase;
import org.portailfamille.messaging.application.port.in.ChannelChoice;
import org.portailfamille.messaging.application.port.in.MessageProblem;
import org.portailfamille.messaging.application.port.in.NoticeKind;
import org.portailfamille.messaging.application.port.in.ViewNotificationPreferencesUseCase;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Préférences de notification": for each adult of the family, e-mail and SMS per kind of event (a table of
 * checkboxes, one form per adult). Refused choices (no address, no mobile) are explained on the form, nothing saved.
 */
@Controller
class NotificationPreferencesController {

    static final String PATH = FamilyMessagesController.INBOX + "/preferences";

    private final ViewNotificationPreferencesUseCase view;
    private final ChangeNotificationPreferencesUseCase change;
    private final MessageSource messages;

    NotificationPreferencesController(ViewNotificationPreferencesUseCase view,
                                      ChangeNotificationPreferencesUseCase change, MessageSource messages) {
        this.view = view;
        this.change = change;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String preferences(@AuthenticationPrincipal PortalUser user, Model model) {
        return page(view.notificationPreferences(user.familyId()), "", Map.of(), model);
    }

    private String page(List<AdultPreferences> adults, String adultInError, Map<String, List<String>> errors,
                        Model model) {
        model.addAttribute("adults", adults);
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("adultInError", adultInError);
        model.addAttribute("errors", errors);
        return "messaging/preferences";
    }

    @PostMapping(PATH)
    String save(@AuthenticationPrincipal PortalUser user,
                @RequestParam(name = "adulte", defaultValue = "") String adult,
                @RequestParam(name = "courriel", required = false) List<String> email,
                @RequestParam(name = "sms", required = false) List<String> sms,
                Model model, RedirectAttributes redirect) {
        List<String> byEmail = email == null ? List.of() : email;
        List<String> bySms = sms == null ? List.of() : sms;
        List<ChannelChoice> choices = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            choices.add(new ChannelChoice(kind, byEmail.contains(kind.name()), bySms.contains(kind.name()), false));
        }
        String shownAdult = adult.length() > 20 ? "" : adult;
        List<MessageProblem> problems = "GUARDIAN".equals(adult) || "PARTNER".equals(adult)
                ? change.changeNotificationPreferences(new ChangeNotificationPreferencesCommand(user.familyId(),
                adult, choices))
                : List.of(MessageProblem.of("UNKNOWN_ADULT"));
        if (!problems.isEmpty()) {
            // the adult's table shows what was ticked, with the problems above it
            List<AdultPreferences> adults = view.notificationPreferences(user.familyId()).stream()
                    .map(shown -> shown.adult().equals(adult) ? new AdultPreferences(shown.adult(), shown.name(),
                            shown.email(), shown.mobilePhone(), choices) : shown).toList();
            return page(adults, shownAdult, MessageForms.errors(problems, messages), model);
        }
        redirect.addFlashAttribute("confirmation", "messaging.preferences.saved");
        return "redirect:" + PATH;
    }
}
