package org.portailfamille.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the login page with one message that never says whether the identifiant exists. The typed
 * identifiant (never the password) is kept for the page in a short cookie ({@link TypedIdentifiant}), so the user
 * only retypes the password; no session is written (ADR 0045).
 */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String query = exception instanceof LoginThrottledException throttled
                ? "attente=" + Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)
                : exception instanceof LoginBusyException ? "occupe" : "erreur";
        TypedIdentifiant.remember(request, response, request.getParameter("identifiant"));
        response.sendRedirect(request.getContextPath() + "/connexion?" + query);
    }
}
