package org.portailfamille.accounts.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.portailfamille.accounts.application.port.in.ChangePasswordUseCase;
import org.portailfamille.accounts.application.port.in.PasswordChangeOutcome;
import org.portailfamille.accounts.application.port.in.PasswordProblem;
import org.portailfamille.accounts.application.port.in.RequestPasswordResetUseCase;
import org.portailfamille.accounts.application.port.in.ResetPasswordUseCase;
import org.portailfamille.access.CurrentUserSessions;
import org.portailfamille.access.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The password pages: "Changer mot de passe" (the padlock; forced while the password is temporary),
 * "Mot de passe oublié ?" and the page a reset link opens.
 */
@Controller
class PasswordController {

    /** The criteria listed on every password form, in the guide's order. */
    static final List<PasswordProblem> CRITERIA = Arrays.stream(PasswordProblem.values())
            .filter(PasswordProblem::isCriterion).toList();

    private final ChangePasswordUseCase changePassword;
    private final RequestPasswordResetUseCase requestReset;
    private final ResetPasswordUseCase resetPassword;
    private final PasswordFormMapper mapper;
    private final CurrentUserSessions sessions;

    PasswordController(ChangePasswordUseCase changePassword, RequestPasswordResetUseCase requestReset,
                       ResetPasswordUseCase resetPassword, PasswordFormMapper mapper, CurrentUserSessions sessions) {
        this.changePassword = changePassword;
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
        this.mapper = mapper;
        this.sessions = sessions;
    }

    @ModelAttribute("criteria")
    List<PasswordProblem> criteria() {
        return CRITERIA;
    }

    @GetMapping("/mot-de-passe/changer")
    String changeForm(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        model.addAttribute("forced", user.passwordChangeRequired());
        model.addAttribute("failedCriteria", Set.of());
        return "accounts/change-password";
    }

    @PostMapping("/mot-de-passe/changer")
    String change(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") ChangePasswordForm form,
                  BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        PasswordChangeOutcome outcome = changePassword.changePassword(mapper.toCommand(form, user.loginId()));
        if (!outcome.succeeded()) {
            PasswordFormErrors.reject(outcome.problems(), result);
            model.addAttribute("forced", user.passwordChangeRequired());
            model.addAttribute("failedCriteria", outcome.problems());
            form.clearPasswords();
            return "accounts/change-password";
        }
        sessions.passwordChanged(user, request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return user.isStaff() ? "redirect:/gestion/accueil" : "redirect:/famille/accueil";
    }

    @GetMapping("/mot-de-passe/oublie")
    String forgottenForm(Model model) {
        model.addAttribute("form", new ForgottenPasswordForm());
        return "accounts/forgotten-password";
    }

    @PostMapping("/mot-de-passe/oublie")
    String forgotten(@ModelAttribute("form") ForgottenPasswordForm form, BindingResult result, Model model) {
        String identifier = form.getIdentifier() == null ? "" : form.getIdentifier().strip();
        if (identifier.isEmpty() || identifier.length() > 254) {
            result.rejectValue("identifier", identifier.isEmpty() ? "forgotten.identifier.required"
                    : "forgotten.identifier.tooLong");
            return "accounts/forgotten-password";
        }
        requestReset.requestPasswordReset(mapper.toCommand(form));
        model.addAttribute("sent", true);
        return "accounts/forgotten-password";
    }

    @GetMapping("/mot-de-passe/reinitialiser")
    String resetForm(@RequestParam(name = "jeton", required = false) String token, Model model) {
        ResetPasswordForm form = new ResetPasswordForm();
        form.setToken(token == null ? "" : token);
        model.addAttribute("form", form);
        model.addAttribute("linkUsable", token != null && resetPassword.isResetLinkUsable(token));
        model.addAttribute("failedCriteria", Set.of());
        return "accounts/reset-password";
    }

    @PostMapping("/mot-de-passe/reinitialiser")
    String reset(@ModelAttribute("form") ResetPasswordForm form, BindingResult result, Model model) {
        Optional<String> username = resetPassword.usernameOfResetLink(form.getToken());
        PasswordChangeOutcome outcome = resetPassword.resetPassword(mapper.toCommand(form));
        if (!outcome.succeeded()) {
            boolean linkUsable = !outcome.problems().contains(PasswordProblem.LINK_INVALID);
            model.addAttribute("linkUsable", linkUsable);
            PasswordFormErrors.reject(outcome.problems(), result);
            model.addAttribute("failedCriteria", outcome.problems());
            form.clearPasswords();
            return "accounts/reset-password";
        }
        username.ifPresent(name -> sessions.endSessionsOf(name, null));
        return "redirect:/connexion?reinitialise";
    }
}
