package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.CurrentUserSessions;
import org.portailfamille.access.StaffFamilySection;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.ListFamilyLoginsUseCase;
import org.portailfamille.accounts.application.port.in.OpenFamilyAccountCommand;
import org.portailfamille.accounts.application.port.in.OpenFamilyAccountUseCase;
import org.portailfamille.accounts.application.port.in.OpenedFamilyAccount;
import org.portailfamille.accounts.application.port.in.ResetParentPasswordCommand;
import org.portailfamille.accounts.application.port.in.ResetParentPasswordUseCase;
import org.portailfamille.accounts.application.port.in.SearchFamiliesUseCase;
import org.portailfamille.accounts.application.port.in.TemporaryPasswordIssued;
import org.portailfamille.shared.FamilyId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Back office, families: search, a family's file and logins, opening an account (identifiant and temporary
 * password e-mailed or shown once), giving a parent a new temporary password.
 */
@Controller
class StaffFamilyController {

    static final List<FormField> NEW_FAMILY_FIELDS;

    static {
        List<FormField> fields = new ArrayList<>(FamilyFileForms.GUARDIAN.fields());
        fields.add(FormField.select("partnerCivility", List.of("MADAME", "MONSIEUR"), "civility."));
        fields.add(FormField.text("partnerLastName", "off", false));
        fields.add(FormField.text("partnerFirstName", "off", false));
        fields.add(FormField.checkbox("sendByEmail").withHint());
        NEW_FAMILY_FIELDS = List.copyOf(fields);
    }

    private final SearchFamiliesUseCase search;
    private final GetFamilyFileUseCase familyFiles;
    private final ListFamilyLoginsUseCase familyLogins;
    private final OpenFamilyAccountUseCase openAccount;
    private final ResetParentPasswordUseCase resetPassword;
    private final CurrentUserSessions sessions;
    private final ListChildrenUseCase children;
    private final List<StaffFamilySection> sections;

    StaffFamilyController(SearchFamiliesUseCase search, GetFamilyFileUseCase familyFiles,
                          ListFamilyLoginsUseCase familyLogins, OpenFamilyAccountUseCase openAccount,
                          ResetParentPasswordUseCase resetPassword, CurrentUserSessions sessions,
                          ListChildrenUseCase children, ObjectProvider<StaffFamilySection> sections) {
        this.children = children;
        this.sections = sections.orderedStream()
                .sorted(java.util.Comparator.comparingInt(StaffFamilySection::order)).toList();
        this.search = search;
        this.familyFiles = familyFiles;
        this.familyLogins = familyLogins;
        this.openAccount = openAccount;
        this.resetPassword = resetPassword;
        this.sessions = sessions;
    }

    @GetMapping("/gestion/familles")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        String text = query == null ? "" : query.strip();
        model.addAttribute("query", text.length() > 100 ? text.substring(0, 100) : text);
        model.addAttribute("searched", !text.isEmpty());
        model.addAttribute("tooShort", !text.isEmpty() && text.length() < 2);
        model.addAttribute("results", search.searchFamilies(text));
        model.addAttribute("maxResults", SearchFamiliesUseCase.MAX_RESULTS);
        return "accounts/staff-families";
    }

    @GetMapping("/gestion/familles/{id}")
    String family(@PathVariable String id, Model model) {
        FamilyId familyId = parse(id);
        FamilyFile file = familyFiles.familyFile(familyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return showFamily(file, model);
    }

    @PostMapping("/gestion/familles/{id}/mot-de-passe")
    String resetPassword(@PathVariable String id, @RequestParam(name = "login", defaultValue = "") String loginId,
                         @RequestParam(name = "envoi", defaultValue = "false") String sendByEmail, Model model) {
        FamilyId familyId = parse(id);
        FamilyFile file = familyFiles.familyFile(familyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<TemporaryPasswordIssued> issued = parseLogin(loginId).flatMap(login -> resetPassword.resetParentPassword(
                new ResetParentPasswordCommand(familyId, login, "true".equals(sendByEmail))));
        if (issued.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        sessions.endSessionsOf(issued.get().username(), null);
        model.addAttribute("issued", issued.get());
        return showFamily(file, model);
    }

    @GetMapping("/gestion/familles/nouvelle")
    String newFamily(Model model) {
        FamilyFileForm form = new FamilyFileForm();
        form.getValues().putAll(Map.of("civility", "MADAME", "guardianRole", "MOTHER", "maritalStatus", "MARRIED",
                "emailConsent", "true", "smsConsent", "false", "sendByEmail", "true", "partnerCivility", "MONSIEUR"));
        model.addAttribute("form", form);
        model.addAttribute("fieldList", NEW_FAMILY_FIELDS);
        return "accounts/staff-family-new";
    }

    /** Request attribute read by the platform's submission keys: where a repeated submission of this form leads. */
    static final String SUBMISSION_RESULT = "portal.submission.result";

    @PostMapping("/gestion/familles/nouvelle")
    String openFamily(@ModelAttribute("form") FamilyFileForm form, BindingResult result, Model model,
                      jakarta.servlet.http.HttpServletRequest request) {
        Map<String, String> typed = form.typed(NEW_FAMILY_FIELDS);
        OpenedFamilyAccount opened = openAccount.openFamilyAccount(
                OpenFamilyAccountCommand.fromFields(typed, "true".equals(typed.get("sendByEmail"))));
        if (!opened.opened()) {
            FamilyFileForm.reject(opened.problems(), NEW_FAMILY_FIELDS, result);
            model.addAttribute("fieldList", NEW_FAMILY_FIELDS);
            return "accounts/staff-family-new";
        }
        model.addAttribute("opened", opened);
        // The same form submitted again (a double click) is sent to the family opened by the first one (issue 13).
        request.setAttribute(SUBMISSION_RESULT, "/gestion/familles/" + opened.familyId().value());
        return "accounts/staff-family-opened";
    }

    /** The whole file: the accounts' parts, then the sections other modules contribute. */
    private String showFamily(FamilyFile file, Model model) {
        FamilyId familyId = file.familyId();
        model.addAttribute("file", file);
        model.addAttribute("logins", familyLogins.familyLogins(familyId));
        model.addAttribute("children", children.children(familyId));
        model.addAttribute("forms", FamilyFileForms.values());
        List<RenderedSection> rendered = new ArrayList<>();
        for (StaffFamilySection section : sections) {
            Object data = section.data(familyId);
            if (data != null) {
                rendered.add(RenderedSection.of(section.fragment(), data));
            }
        }
        model.addAttribute("sections", rendered);
        return "accounts/staff-family";
    }

    /** A contributed section, ready for the template: its fragment's template and selector, and its data. */
    record RenderedSection(String template, String selector, Object data) {
        static RenderedSection of(String fragment, Object data) {
            int separator = fragment.indexOf("::");
            if (separator < 0) {
                throw new IllegalStateException("A section names its fragment as 'template :: selector': " + fragment);
            }
            return new RenderedSection(fragment.substring(0, separator).strip(), fragment.substring(separator + 2)
                    .strip(), data);
        }
    }

    static FamilyId parse(String id) {
        try {
            return new FamilyId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static Optional<UUID> parseLogin(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
