package org.portailfamille.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the login page with one message that never says whether the identifiant exists. The typed
 * identifiant (never the password) is kept for the page, so the user only retypes the password.
 */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    /** Session attribute holding the identifiant typed in the failed attempt, read once by the login page. */
    public static final String TYPED_IDENTIFIANT = "portal.login.typedIdentifiant";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String query = exception instanceof LoginThrottledException throttled
                ? "attente=" + Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)
                : exception instanceof LoginBusyException ? "occupe" : "erreur";
        String typed = request.getParameter("identifiant");
        if (typed != null && typed.length() <= 254 && typed.chars().noneMatch(Character::isISOControl)) {
            request.getSession().setAttribute(TYPED_IDENTIFIANT, typed.strip());
        }
        response.sendRedirect(request.getContextPath() + "/connexion?" + query);
    }
}
