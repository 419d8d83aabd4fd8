package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.CorrectChildCommand;
import org.portailfamille.accounts.application.port.in.CorrectChildUseCase;
import org.portailfamille.accounts.application.port.in.CorrectFamilyFileCommand;
import org.portailfamille.accounts.application.port.in.CorrectFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetChildFileUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.ListFamilyHistoryUseCase;
import org.portailfamille.accounts.application.port.in.StaffCorrectionOutcome;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Back office, a family's file: staff correct a form of the file or a child, or add a child, directly (no request),
 * giving a reason; every change lands in the family's history ({@code /historique}), with who and why.
 */
@Controller
class StaffFamilyCorrectionController {

    static final FormField REASON = FormField.text("reason", "off", true).withKind("textarea").withHint();
    static final List<FormField> CHILD_FIELDS;

    static {
        List<FormField> fields = new ArrayList<>(ChildFileForms.IDENTITY.fields());
        fields.addAll(ChildFileForms.AUTHORISATIONS.fields());
        fields.add(REASON);
        CHILD_FIELDS = List.copyOf(fields);
    }

    private final GetFamilyFileUseCase familyFiles;
    private final GetChildFileUseCase childFiles;
    private final CorrectFamilyFileUseCase correctFile;
    private final CorrectChildUseCase correctChild;
    private final ListFamilyHistoryUseCase history;
    private final AccountFormMapper mapper;

    StaffFamilyCorrectionController(GetFamilyFileUseCase familyFiles, GetChildFileUseCase childFiles,
                                    CorrectFamilyFileUseCase correctFile, CorrectChildUseCase correctChild,
                                    ListFamilyHistoryUseCase history, AccountFormMapper mapper) {
        this.familyFiles = familyFiles;
        this.childFiles = childFiles;
        this.correctFile = correctFile;
        this.correctChild = correctChild;
        this.history = history;
        this.mapper = mapper;
    }

    @GetMapping("/gestion/familles/{id}/corriger/{slug}")
    String correctForm(@PathVariable String id, @PathVariable String slug, Model model) {
        FamilyFile file = fileOf(id);
        FamilyFileForms form = formOf(slug);
        FamilyFileForm values = new FamilyFileForm();
        values.setValues(new HashMap<>(form.currentValues(file, mapper)));
        if (form == FamilyFileForms.BANK) {
            values.getValues().put("iban", ""); // never shown: left empty, the stored IBAN stays
        }
        return showFileForm(file, form, values, model);
    }

    @PostMapping("/gestion/familles/{id}/corriger/{slug}")
    String correct(@PathVariable String id, @PathVariable String slug, @ModelAttribute("form") FamilyFileForm values,
                   BindingResult result, @AuthenticationPrincipal PortalUser user, Model model,
                   RedirectAttributes redirect) {
        FamilyFile file = fileOf(id);
        FamilyFileForms form = formOf(slug);
        List<FormField> fields = withReason(form.fields());
        Map<String, String> typed = values.typed(fields);
        StaffCorrectionOutcome outcome = correctFile.correctFamilyFile(new CorrectFamilyFileCommand(file.familyId(),
                form.change(typed), staffName(user), typed.get("reason")));
        return after(outcome, file, fields, result, redirect, model, () -> showFileForm(file, form, values, model));
    }

    @GetMapping("/gestion/familles/{id}/enfants/nouveau")
    String newChild(@PathVariable String id, Model model) {
        FamilyFile file = fileOf(id);
        FamilyFileForm values = new FamilyFileForm();
        values.getValues().putAll(Map.of("lastName", file.guardian().lastName(), "sex", "FEMALE",
                "imageAuthorisation", "false", "outingAuthorisation", "false"));
        return showChildForm(file, null, values, model);
    }

    @PostMapping("/gestion/familles/{id}/enfants/nouveau")
    String addChild(@PathVariable String id, @ModelAttribute("form") FamilyFileForm values, BindingResult result,
                    @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        FamilyFile file = fileOf(id);
        Map<String, String> typed = values.typed(CHILD_FIELDS);
        StaffCorrectionOutcome outcome = correctChild.correctChild(CorrectChildCommand.fromFields(file.familyId(), null,
                typed, staffName(user)));
        return after(outcome, file, CHILD_FIELDS, result, redirect, model,
                () -> showChildForm(file, null, values, model));
    }

    @GetMapping("/gestion/familles/{id}/enfants/{childId}")
    String childForm(@PathVariable String id, @PathVariable String childId, Model model) {
        FamilyFile file = fileOf(id);
        ChildFile child = childOf(file, childId);
        FamilyFileForm values = new FamilyFileForm();
        values.getValues().putAll(Map.of("lastName", child.lastName(), "firstName", child.firstName(),
                "birthDate", child.birthDate().toString(), "sex", child.sex(), "school", child.school(),
                "schoolClass", child.schoolClass(), "imageAuthorisation", Boolean.toString(child.imageAuthorisation()),
                "outingAuthorisation", Boolean.toString(child.outingAuthorisation())));
        return showChildForm(file, child, values, model);
    }

    @PostMapping("/gestion/familles/{id}/enfants/{childId}")
    String correctChild(@PathVariable String id, @PathVariable String childId,
                        @ModelAttribute("form") FamilyFileForm values, BindingResult result,
                        @AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        FamilyFile file = fileOf(id);
        ChildFile child = childOf(file, childId);
        Map<String, String> typed = values.typed(CHILD_FIELDS);
        StaffCorrectionOutcome outcome = correctChild.correctChild(CorrectChildCommand.fromFields(file.familyId(),
                child.childId(), typed, staffName(user)));
        return after(outcome, file, CHILD_FIELDS, result, redirect, model,
                () -> showChildForm(file, child, values, model));
    }

    @GetMapping("/gestion/familles/{id}/historique")
    String history(@PathVariable String id, Model model) {
        FamilyFile file = fileOf(id);
        model.addAttribute("file", file);
        model.addAttribute("lines", history.familyHistory(file.familyId()));
        return "accounts/staff-family-history";
    }

    private String after(StaffCorrectionOutcome outcome, FamilyFile file, List<FormField> fields, BindingResult result,
                         RedirectAttributes redirect, Model model, java.util.function.Supplier<String> again) {
        switch (outcome.status()) {
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case INVALID -> {
                FamilyFileForm.reject(outcome.problems(), fields, result);
                return again.get();
            }
            case UNCHANGED -> {
                model.addAttribute("unchanged", true);
                return again.get();
            }
            default -> {
                redirect.addFlashAttribute("corrected", true);
                return "redirect:/gestion/familles/" + file.familyId().value() + "/historique";
            }
        }
    }

    private String showFileForm(FamilyFile file, FamilyFileForms form, FamilyFileForm values, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("form", values);
        model.addAttribute("titleKey", "account.form." + form.name() + ".title");
        model.addAttribute("fieldList", withReason(form.fields()));
        model.addAttribute("action", "/gestion/familles/" + file.familyId().value() + "/corriger/" + form.slug());
        model.addAttribute("bank", form == FamilyFileForms.BANK);
        return "accounts/staff-correction";
    }

    private String showChildForm(FamilyFile file, ChildFile child, FamilyFileForm values, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("form", values);
        model.addAttribute("child", child);
        model.addAttribute("titleKey", child == null ? "staff.child.add.title" : "staff.child.correct.title");
        model.addAttribute("fieldList", CHILD_FIELDS);
        model.addAttribute("action", "/gestion/familles/" + file.familyId().value() + "/enfants/"
                + (child == null ? "nouveau" : child.childId().value()));
        model.addAttribute("bank", false);
        return "accounts/staff-correction";
    }

    private static List<FormField> withReason(List<FormField> fields) {
        List<FormField> all = new ArrayList<>(fields);
        all.add(REASON);
        return all;
    }

    private static String staffName(PortalUser user) {
        return user.displayName().isBlank() ? user.username() : user.displayName();
    }

    private FamilyFile fileOf(String id) {
        FamilyId familyId = StaffFamilyController.parse(id);
        return familyFiles.familyFile(familyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ChildFile childOf(FamilyFile file, String childId) {
        try {
            return childFiles.childFile(file.familyId(), new ChildId(UUID.fromString(childId)))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static FamilyFileForms formOf(String slug) {
        return FamilyFileForms.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
