package org.portailfamille.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token is kept (ADR 0045): for the login form ({@code /connexion}, its page and its post) in a cookie
 * of its own, so that opening the login page creates no session (a row written to PostgreSQL for every anonymous
 * visitor, several per parent at a booking opening); for every other page in the session, as before.
 * <p>
 * The login form's cookie is HttpOnly, SameSite=Strict (a cross-site post does not carry it, so it is refused),
 * Secure over HTTPS and sent only to {@code /connexion}; the page's field holds the token masked per response
 * (Spring's XOR handler), and the post must carry both. At the login the token is dropped (cookie and, when the
 * visitor had one, the session's), and the session begins with a new id (session fixation, SecurityConfiguration).
 */
final class LoginFormCsrfTokenRepository implements CsrfTokenRepository {

    static final String LOGIN_PATH = "/connexion";
    static final String COOKIE = "LOGIN-CSRF";

    private final CookieCsrfTokenRepository loginForm = new CookieCsrfTokenRepository();
    private final HttpSessionCsrfTokenRepository pages = new HttpSessionCsrfTokenRepository();

    LoginFormCsrfTokenRepository() {
        loginForm.setCookieName(COOKIE);
        loginForm.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict").path(LOGIN_PATH));
    }

    static boolean isLoginForm(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(LOGIN_PATH);
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return isLoginForm(request) ? loginForm : pages;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null && isLoginForm(request)) {
            pages.saveToken(null, request, response); // at the login: a token of an anonymous session goes too
        }
        of(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }
}
