package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.FamilyAccountSection;
import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.FamilyChangeOutcome;
import org.portailfamille.accounts.application.port.in.FamilyFile;
import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitFamilyChangeUseCase;
import org.springframework.beans.factory.ObjectProvider;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Mon compte": the family file of the logged-in family, and the five forms of its side menu. A form that
 * changes something becomes a request to the municipality; nothing changes in the file until staff accept.
 */
@Controller
class MyAccountController {

    private final GetFamilyFileUseCase familyFiles;
    private final SubmitFamilyChangeUseCase submitChange;
    private final AccountFormMapper mapper;
    private final List<FamilyAccountSection> sections;

    MyAccountController(GetFamilyFileUseCase familyFiles, SubmitFamilyChangeUseCase submitChange,
                        AccountFormMapper mapper, ObjectProvider<FamilyAccountSection> sections) {
        this.familyFiles = familyFiles;
        this.submitChange = submitChange;
        this.mapper = mapper;
        this.sections = sections.stream().sorted(Comparator.comparingInt(FamilyAccountSection::order)).toList();
    }

    /** A block another module adds to Mon compte: its template, the fragment's selector and its data. */
    record ContributedSection(String template, String selector, Object data) {
    }

    @ModelAttribute("forms")
    FamilyFileForms[] forms() {
        return FamilyFileForms.values();
    }

    @GetMapping("/famille/mon-compte")
    String myAccount(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("file", fileOf(user));
        List<ContributedSection> contributed = new ArrayList<>();
        for (FamilyAccountSection section : sections) {
            Object data = section.data(user);
            String fragment = section.fragment();
            int separator = fragment.indexOf("::");
            if (data != null && separator > 0) {
                contributed.add(new ContributedSection(fragment.substring(0, separator).strip(),
                        fragment.substring(separator + 2).strip(), data));
            }
        }
        model.addAttribute("contributedSections", contributed);
        return "accounts/my-account";
    }

    @GetMapping("/famille/mon-compte/{slug}")
    String form(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, Model model) {
        FamilyFileForms form = formOf(slug);
        FamilyFile file = fileOf(user);
        FamilyFileForm values = new FamilyFileForm();
        values.setValues(new HashMap<>(form.currentValues(file, mapper)));
        return show(form, file, values, model);
    }

    @PostMapping("/famille/mon-compte/{slug}")
    String submit(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                  @ModelAttribute("form") FamilyFileForm values, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        FamilyFileForms form = formOf(slug);
        Map<String, String> typed = values.typed(form.fields());
        FamilyChangeOutcome outcome = submitChange.submitFamilyChange(
                new SubmitFamilyChangeCommand(user.familyId(), user.username(), form.change(typed)));
        switch (outcome.status()) {
            case INVALID -> {
                FamilyFileForm.reject(outcome.problems(), form.fields(), result);
                return show(form, fileOf(user), values, model);
            }
            case UNCHANGED -> {
                model.addAttribute("unchanged", true);
                return show(form, fileOf(user), values, model);
            }
            default -> {
                redirect.addFlashAttribute("submitted", form.slug());
                redirect.addFlashAttribute("impliedQuotient", outcome.impliedQuotient());
                return "redirect:/famille/mon-compte/" + form.slug() + "/demande-envoyee";
            }
        }
    }

    @GetMapping("/famille/mon-compte/{slug}/demande-envoyee")
    String submitted(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, Model model) {
        model.addAttribute("formDef", formOf(slug));
        model.addAttribute("file", fileOf(user));
        return "accounts/request-sent";
    }

    private String show(FamilyFileForms form, FamilyFile file, FamilyFileForm values, Model model) {
        model.addAttribute("formDef", form);
        model.addAttribute("file", file);
        model.addAttribute("form", values);
        return "accounts/family-file-form";
    }

    private FamilyFile fileOf(PortalUser user) {
        return familyFiles.familyFile(user.familyId())
                .orElseThrow(() -> new IllegalStateException("The logged-in family no longer exists"));
    }

    private static FamilyFileForms formOf(String slug) {
        return FamilyFileForms.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
