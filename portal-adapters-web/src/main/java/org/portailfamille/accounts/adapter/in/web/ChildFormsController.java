package org.portailfamille.accounts.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.accounts.application.port.in.ChildChangeOutcome;
import org.portailfamille.accounts.application.port.in.ChildFile;
import org.portailfamille.accounts.application.port.in.GetChildFileUseCase;
import org.portailfamille.accounts.application.port.in.SubmitChildChangeCommand;
import org.portailfamille.accounts.application.port.in.SubmitChildChangeUseCase;
import org.portailfamille.shared.ChildId;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a child's file ("Autorisations", "Personnes autorisées", "Données sanitaires", "Informations
 * enfant") and "Ajouter un enfant". Each form that changes something becomes a request to the municipality;
 * nothing changes in the file until staff accept. The child is always one of the logged-in family's: another
 * family's child id answers 404 and submits nothing.
 */
@Controller
class ChildFormsController {

    private static final Pattern PERSON_FIELD = Pattern.compile("person(\\d+)(Name|Relationship|Phone|MayPickUp|"
            + "EmergencyContact|Remove)");

    private final GetChildFileUseCase childFiles;
    private final SubmitChildChangeUseCase submitChange;
    private final AccountFormMapper mapper;

    ChildFormsController(GetChildFileUseCase childFiles, SubmitChildChangeUseCase submitChange,
                         AccountFormMapper mapper) {
        this.childFiles = childFiles;
        this.submitChange = submitChange;
        this.mapper = mapper;
    }

    @ModelAttribute("childForms")
    java.util.List<ChildFileForms> childForms() {
        return ChildFileForms.menu();
    }

    @GetMapping("/famille/enfants/{childId}/{slug}")
    String form(@AuthenticationPrincipal PortalUser user, @PathVariable String childId, @PathVariable String slug,
                Model model) {
        ChildFileForms form = formOf(slug);
        ChildFile child = childOf(user, childId);
        FamilyFileForm values = new FamilyFileForm();
        values.setValues(new HashMap<>(form.currentValues(child, mapper)));
        return show(form, child, values, model);
    }

    @PostMapping("/famille/enfants/{childId}/{slug}")
    String submit(@AuthenticationPrincipal PortalUser user, @PathVariable String childId, @PathVariable String slug,
                  @ModelAttribute("form") FamilyFileForm values, BindingResult result, Model model) {
        ChildFileForms form = formOf(slug);
        ChildFile child = childOf(user, childId);
        Map<String, String> typed = values.typed(form.postedFields());
        ChildChangeOutcome outcome = submitChange.submitChildChange(new SubmitChildChangeCommand(user.familyId(),
                child.childId(), user.username(), form.change(typed)));
        switch (outcome.status()) {
            case INVALID -> {
                reject(outcome, form, result);
                return show(form, child, values, model);
            }
            case UNCHANGED -> {
                model.addAttribute("unchanged", true);
                return show(form, child, values, model);
            }
            case UNKNOWN_CHILD -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            default -> {
                return "redirect:/famille/enfants/" + child.childId() + "/" + form.slug() + "/demande-envoyee";
            }
        }
    }

    @GetMapping("/famille/enfants/{childId}/{slug}/demande-envoyee")
    String submitted(@AuthenticationPrincipal PortalUser user, @PathVariable String childId,
                     @PathVariable String slug, Model model) {
        ChildFileForms form = formOf(slug);
        model.addAttribute("formDef", form);
        model.addAttribute("child", childOf(user, childId));
        return "accounts/child-request-sent";
    }

    @GetMapping("/famille/enfants/ajouter")
    String addChild(Model model) {
        FamilyFileForm values = new FamilyFileForm();
        values.setValues(new HashMap<>(ChildFileForms.REGISTRATION.currentValues(null, mapper)));
        return showAddChild(values, model);
    }

    @PostMapping("/famille/enfants/ajouter")
    String submitAddChild(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") FamilyFileForm values,
                          BindingResult result, Model model) {
        ChildFileForms form = ChildFileForms.REGISTRATION;
        Map<String, String> typed = values.typed(form.fields());
        ChildChangeOutcome outcome = submitChange.submitChildChange(new SubmitChildChangeCommand(user.familyId(),
                null, user.username(), form.change(typed)));
        if (outcome.status() == ChildChangeOutcome.Status.INVALID) {
            reject(outcome, form, result);
            return showAddChild(values, model);
        }
        return "redirect:/famille/enfants/ajouter/demande-envoyee";
    }

    @GetMapping("/famille/enfants/ajouter/demande-envoyee")
    String addChildSubmitted(Model model) {
        model.addAttribute("formDef", ChildFileForms.REGISTRATION);
        return "accounts/child-request-sent";
    }

    private static void reject(ChildChangeOutcome outcome, ChildFileForms form, BindingResult result) {
        FamilyFileForm.reject(outcome.problems(), form.postedFields(), result, ChildFormsController::labelOf);
    }

    /** A field's label for messages: "Nom de la personne 2" for a person's row. */
    private static MessageSourceResolvable labelOf(String field) {
        Matcher person = PERSON_FIELD.matcher(field);
        if (person.matches()) {
            return new DefaultMessageSourceResolvable(new String[]{"field.personRow" + person.group(2)},
                    new Object[]{Integer.parseInt(person.group(1)) + 1});
        }
        return new DefaultMessageSourceResolvable("field." + field);
    }

    private String show(ChildFileForms form, ChildFile child, FamilyFileForm values, Model model) {
        model.addAttribute("formDef", form);
        model.addAttribute("child", child);
        model.addAttribute("form", values);
        if (form == ChildFileForms.PERSONS) {
            int rows = ChildFileForms.personRows(values.getValues());
            model.addAttribute("personRows", java.util.stream.IntStream.range(0, rows).boxed().toList());
        }
        return "accounts/child-form";
    }

    private String showAddChild(FamilyFileForm values, Model model) {
        model.addAttribute("formDef", ChildFileForms.REGISTRATION);
        model.addAttribute("form", values);
        return "accounts/child-add";
    }

    private ChildFile childOf(PortalUser user, String childId) {
        return childFiles.childFile(user.familyId(), parse(childId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ChildFileForms formOf(String slug) {
        return ChildFileForms.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ChildId parse(String childId) {
        try {
            return new ChildId(UUID.fromString(childId));
        } catch (IllegalArgumentException malformed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
