package org.portailfamille.accounts.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import org.portailfamille.accounts.application.port.in.RegistrationForm;
import org.portailfamille.accounts.application.port.in.RegistrationOutcome;
import org.portailfamille.accounts.application.port.in.SubmitRegistrationUseCase;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Nouvelle inscription" (public): a family without credentials asks for an account. Robots are kept out by
 * a hidden honeypot field and a signed time stamp (a person takes a few seconds to fill the form in), and
 * the use case limits applications per address.
 */
@Controller
class RegistrationController {

    static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);
    static final Duration MAX_FORM_AGE = Duration.ofHours(12);
    static final int CHILD_ROWS = 4;
    static final List<FormField> FIELDS;

    static {
        List<FormField> fields = new ArrayList<>(FamilyFileForms.GUARDIAN.fields());
        fields.replaceAll(field -> field.name().equals("email")
                ? new FormField("email", "email", List.of(), "", "email", true, true, "") : field);
        fields.add(FormField.select("partnerCivility", List.of("MONSIEUR", "MADAME"), "civility."));
        fields.add(FormField.text("partnerLastName", "off", false));
        fields.add(FormField.text("partnerFirstName", "off", false));
        for (int i = 1; i <= CHILD_ROWS; i++) {
            String p = "child" + i;
            fields.add(FormField.text(p + "FirstName", "off", false));
            fields.add(FormField.text(p + "LastName", "off", false));
            fields.add(FormField.text(p + "BirthDate", "off", false).withKind("date"));
            fields.add(new FormField(p + "Sex", "select", List.of("", "FEMALE", "MALE"), "sex.", "", false, false, ""));
            fields.add(FormField.text(p + "School", "off", false));
            fields.add(FormField.text(p + "Class", "off", false));
        }
        fields.add(FormField.text("message", "off", false).withKind("textarea"));
        FIELDS = List.copyOf(fields);
    }

    private final SubmitRegistrationUseCase submitRegistration;
    private final FormTimestamps timestamps;

    RegistrationController(SubmitRegistrationUseCase submitRegistration, FormTimestamps timestamps) {
        this.submitRegistration = submitRegistration;
        this.timestamps = timestamps;
    }

    @GetMapping("/inscription")
    String form(Model model, HttpServletRequest request) {
        FamilyFileForm form = new FamilyFileForm();
        form.getValues().putAll(Map.of("civility", "MADAME", "guardianRole", "MOTHER", "maritalStatus", "MARRIED",
                "emailConsent", "true", "smsConsent", "false", "partnerCivility", "MONSIEUR"));
        return show(form, model, request);
    }

    @PostMapping("/inscription")
    String submit(@ModelAttribute("form") FamilyFileForm form, BindingResult result,
                  @RequestParam(name = "horodatage", defaultValue = "") String stamp,
                  @RequestParam(name = "site", defaultValue = "") String honeypot,
                  HttpServletRequest request, Model model) {
        if (!honeypot.isEmpty()) {
            return "accounts/registration-sent"; // a robot filled the hidden field: same answer, nothing recorded
        }
        Optional<Duration> age = timestamps.age(stamp, binding(request));
        if (age.isEmpty() || age.get().compareTo(MIN_FILL_TIME) < 0 || age.get().compareTo(MAX_FORM_AGE) > 0) {
            result.reject(age.isPresent() && age.get().compareTo(MAX_FORM_AGE) > 0
                    ? "registration.expired" : "registration.tooFast");
            return show(form, model, request);
        }
        Map<String, String> typed = form.typed(FIELDS);
        RegistrationOutcome outcome = submitRegistration.submitRegistration(
                RegistrationForm.fromFields(typed, request.getRemoteAddr()));
        switch (outcome.status()) {
            case SUBMITTED -> {
                return "accounts/registration-sent";
            }
            case TOO_MANY -> result.reject("registration.tooMany");
            default -> FamilyFileForm.reject(outcome.problems(), FIELDS, result,
                    field -> new DefaultMessageSourceResolvable(labelKey(field)));
        }
        return show(form, model, request);
    }

    /** Session attribute: the random value this visitor's stamps are bound to. */
    static final String STAMP_BINDING = "portal.registration.stampBinding";

    /** The visitor's stamp binding, made at the first showing of the form in this session. */
    static String binding(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession();
        Object binding = session.getAttribute(STAMP_BINDING);
        if (binding instanceof String value) {
            return value;
        }
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        String value = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(STAMP_BINDING, value);
        return value;
    }

    private static String labelKey(String field) {
        return "field." + field;
    }

    private String show(FamilyFileForm form, Model model, HttpServletRequest request) {
        model.addAttribute("form", form);
        model.addAttribute("fieldList", FIELDS);
        model.addAttribute("stamp", timestamps.stamp(binding(request)));
        return "accounts/registration";
    }
}
