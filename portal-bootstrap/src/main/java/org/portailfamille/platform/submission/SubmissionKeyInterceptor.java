package org.portailfamille.platform.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes every state-changing form idempotent (issue 13, finding 2). A form carries its submission key
 * ({@value #PARAMETER}, put there by {@link SubmissionKeyDataValueProcessor}); the first request with a key runs, a
 * second one with the same key (a double click, two tabs, a retry) waits for the first to finish and is sent where
 * the first one led: it never runs the work twice, never fails because the first one is still running. A first
 * submission that did not end with a redirect (the form came back with its errors) frees its key.
 */
public class SubmissionKeyInterceptor implements HandlerInterceptor {

    /** The hidden field of every form. */
    public static final String PARAMETER = "_submission";

    /**
     * Request attribute a handler sets when it answers a successful submission with a page rather than a redirect:
     * the path a repeated submission is sent to (e.g. the family just opened).
     */
    public static final String RESULT = "portal.submission.result";

    private static final String CLAIMED = SubmissionKeyInterceptor.class.getName() + ".claimed";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The page of a submission whose first run never told its outcome (its instance died meanwhile, ADR 0042). */
    public static final String OUTCOME_UNKNOWN = "/envoi-non-confirme";

    private final FormSubmissions submissions;
    private final Duration wait;

    public SubmissionKeyInterceptor(FormSubmissions submissions) {
        this(submissions, WAIT);
    }

    /** {@code wait}: how long a repeated submission waits for the first one's outcome before it is told it is unknown. */
    public SubmissionKeyInterceptor(FormSubmissions submissions, Duration wait) {
        this.submissions = submissions;
        this.wait = wait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!isStateChanging(request)) {
            return true;
        }
        String key = request.getParameter(PARAMETER);
        if (key == null || !WELL_FORMED.matcher(key).matches()) {
            return true; // not from a rendered form (an API client, a test): nothing to deduplicate
        }
        String owner = ownerOf(request);
        if (submissions.claim(key, owner)) {
            request.setAttribute(CLAIMED, key);
            return true;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<FormSubmissions.State> state = submissions.state(key);
            if (state.isEmpty()) {
                // the first one freed its key (its form came back with errors): this one runs in its turn
                if (submissions.claim(key, owner)) {
                    request.setAttribute(CLAIMED, key);
                    return true;
                }
                continue;
            }
            if (!state.get().owner().equals(owner)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return false; // somebody else's key: never tell where their submission led
            }
            if (state.get().location() != null) {
                response.sendRedirect(state.get().location());
                return false;
            }
            Thread.sleep(50);
        }
        // the first run is still claimed without an outcome after the wait: it is slow, or its instance died while it
        // ran (it may or may not have done its work); never run it a second time, say so and where to check
        response.sendRedirect(request.getContextPath() + OUTCOME_UNKNOWN);
        return false;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                @Nullable Exception failure) {
        Object claimed = request.getAttribute(CLAIMED);
        if (!(claimed instanceof String key)) {
            return;
        }
        String location = response.getHeader("Location");
        int status = response.getStatus();
        Object result = request.getAttribute(RESULT);
        if (failure == null && status >= 300 && status < 400 && location != null) {
            submissions.finished(key, location);
        } else if (failure == null && status < 300 && result instanceof String shown && shown.startsWith("/")) {
            submissions.finished(key, request.getContextPath() + shown); // a result page answered at once
        } else {
            submissions.release(key);
        }
    }

    static boolean isStateChanging(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "DELETE".equals(method) || "PATCH".equals(method);
    }

    /** The logged-in user, or for a visitor the session (a public form's key is no good to another visitor). */
    static String ownerOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            return "user:" + principal.getName();
        }
        HttpSession session = request.getSession(false);
        return session == null ? "anonymous" : "visitor";
    }
}
