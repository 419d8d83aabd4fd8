package org.portailfamille.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * What changes in the sessions when a password changes: the current session's principal is updated, and
 * every other session of that user (another browser, a stolen cookie) ends.
 */
@Component
public class CurrentUserSessions {

    private final SecurityContextRepository contextRepository;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    CurrentUserSessions(SecurityContextRepository contextRepository,
                        ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.contextRepository = contextRepository;
        this.sessions = sessions;
    }

    /**
     * The current user changed their password: this session goes on under a new id (the old one, perhaps seen by
     * someone else, is worthless), the others end.
     */
    public void passwordChanged(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        HttpSession current = request.getSession(false);
        // The others end first, while this one is still stored under its old id.
        endSessionsOf(user.getName(), current == null ? null : current.getId());
        if (current != null) {
            request.changeSessionId();
        }
        PortalUser updated = user.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PortalAuthentication.of(updated));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }

    /** Ends every session of the user except {@code keptSessionId} (null: ends them all). */
    public void endSessionsOf(String username, String keptSessionId) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(repository::deleteById);
    }
}
