package org.portailfamille.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * A session ends {@code portal.session.absolute-lifetime} after it began (12 h by default), however active it is
 * (ASVS 7.3.2): a cookie stolen once is not good for ever. Runs before the security context is read, so the request
 * goes on as an anonymous one (and a family page leads to the login page).
 */
public class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

    /** Session attribute: when the session began, in milliseconds of the portal's clock. */
    static final String STARTED_AT = "portal.session.startedAt";

    private final Duration lifetime;
    private final Clock clock;

    public AbsoluteSessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                // The start on the portal's clock, noted at the session's first request after its creation.
                Object startedAt = session.getAttribute(STARTED_AT);
                long now = clock.millis();
                if (!(startedAt instanceof Long start)) {
                    session.setAttribute(STARTED_AT, now);
                } else if (now - start > lifetime.toMillis()) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile: nothing to do
            }
        }
        chain.doFilter(request, response);
    }
}
