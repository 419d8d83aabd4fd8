package org.portailfamille.web;

import org.portailfamille.access.TypedIdentifiant;
import org.portailfamille.access.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page of the guide ("Compte famille"); Spring Security handles the POST. */
@Controller
class LoginController {

    @GetMapping("/connexion")
    String login(@AuthenticationPrincipal PortalUser user,
                 @RequestParam(name = "erreur", required = false) String error,
                 @RequestParam(name = "attente", required = false) String wait,
                 @RequestParam(name = "reinitialise", required = false) String reset,
                 @RequestParam(name = "occupe", required = false) String busy,
                 @RequestParam(name = "apres-attente", required = false) String afterWaiting,
                 jakarta.servlet.http.HttpServletRequest request,
                 jakarta.servlet.http.HttpServletResponse response, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        // no session here (ADR 0045): the page is opened by every anonymous visitor, several times at a rush
        String typed = TypedIdentifiant.take(request, response).orElse(null);
        model.addAttribute("typedIdentifiant",
                error != null || wait != null || busy != null || afterWaiting != null ? typed : null);
        model.addAttribute("yourTurn", afterWaiting != null && error == null && wait == null);
        model.addAttribute("loginFailed", error != null);
        model.addAttribute("waitSeconds", parseSeconds(wait));
        model.addAttribute("passwordReset", reset != null);
        model.addAttribute("loginBusy", busy != null);
        return "web/login";
    }

    /**
     * The waiting room (ADR 0045): a login that could not be checked yet (admission control, ADR 0039) waits here;
     * the Refresh header brings the page back to the login form by itself after the delay the admission gave.
     */
    @GetMapping("/connexion/file-attente")
    String waitingRoom(@AuthenticationPrincipal PortalUser user,
                       @RequestParam(name = "secondes", required = false) String seconds,
                       jakarta.servlet.http.HttpServletRequest request,
                       jakarta.servlet.http.HttpServletResponse response, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        Long parsed = parseSeconds(seconds);
        long delay = parsed == null || parsed < 1 || parsed > MAX_WAIT_SECONDS ? DEFAULT_WAIT_SECONDS : parsed;
        response.setHeader("Refresh", delay + "; url=" + request.getContextPath() + "/connexion?apres-attente");
        model.addAttribute("waitSeconds", delay);
        return "web/login-waiting";
    }

    static final long DEFAULT_WAIT_SECONDS = 10;
    static final long MAX_WAIT_SECONDS = 60;

    private static Long parseSeconds(String wait) {
        if (wait == null || !wait.matches("\\d{1,6}")) {
            return null;
        }
        return Long.parseLong(wait);
    }
}
