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

    /** Where a login that could not be checked yet waits for its turn (ADR 0045). */
    public static final String WAITING_ROOM = "/connexion/file-attente";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        TypedIdentifiant.remember(request, response, request.getParameter("identifiant"));
        if (exception instanceof LoginBusyException busy) {
            // the waiting room (ADR 0045): the page comes back to the login form by itself when it is time
            response.sendRedirect(request.getContextPath() + WAITING_ROOM + "?secondes="
                    + Math.max(1, (busy.retryAfter().toMillis() + 999) / 1000));
            return;
        }
        String query = exception instanceof LoginThrottledException throttled
                ? "attente=" + Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)
                : "erreur";
        response.sendRedirect(request.getContextPath() + "/connexion?" + query);
    }
}
