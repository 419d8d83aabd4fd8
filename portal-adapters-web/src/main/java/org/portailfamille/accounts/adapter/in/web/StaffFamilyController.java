package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.CurrentUserSessions;
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

    StaffFamilyController(SearchFamiliesUseCase search, GetFamilyFileUseCase familyFiles,
                          ListFamilyLoginsUseCase familyLogins, OpenFamilyAccountUseCase openAccount,
                          ResetParentPasswordUseCase resetPassword, CurrentUserSessions sessions) {
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
        model.addAttribute("file", file);
        model.addAttribute("logins", familyLogins.familyLogins(familyId));
        return "accounts/staff-family";
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
        model.addAttribute("file", file);
        model.addAttribute("logins", familyLogins.familyLogins(familyId));
        model.addAttribute("issued", issued.get());
        return "accounts/staff-family";
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

    private static FamilyId parse(String id) {
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
