package org.portailfamille.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The identifiant typed in a refused login attempt (never the password), given back to the login page once so the
 * user only retypes the password. Kept in a short cookie sent only to {@code /connexion} (HttpOnly, SameSite=Strict,
 * five minutes), not in a session: a refused or postponed login writes no session (ADR 0045).
 */
public final class TypedIdentifiant {

    static final String COOKIE = "LOGIN-IDENTIFIANT";
    private static final int MAX_AGE_SECONDS = 300;

    private TypedIdentifiant() {
    }

    static void remember(HttpServletRequest request, HttpServletResponse response, String typed) {
        if (typed == null || typed.length() > 254 || typed.chars().anyMatch(Character::isISOControl)) {
            return;
        }
        response.addCookie(cookie(request, URLEncoder.encode(typed.strip(), StandardCharsets.UTF_8), MAX_AGE_SECONDS));
    }

    /** The identifiant typed last, if any; read once (the cookie is dropped). */
    public static Optional<String> take(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                response.addCookie(cookie(request, "", 0));
                try {
                    String typed = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                    return typed.length() <= 254 && typed.chars().noneMatch(Character::isISOControl)
                            ? Optional.of(typed) : Optional.empty();
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath() + LoginFormCsrfTokenRepository.LOGIN_PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
