package org.portailfamille.access;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The sessions in PostgreSQL, written only when something changed (issue 14). Spring Session marks a session as
 * changed at every request because it notes the time of the last access, so the JDBC repository wrote a row on
 * every page view, the liveness probe included. This repository notes the last access only when the stored one is
 * older than {@code resolution} (one minute): a request that changes no attribute writes nothing.
 * <p>
 * The idle timeout stays 30 minutes counted from the stored last access: a session may thus end up to
 * {@code resolution} early, never late. Attributes, a new id (login, password change), a new maximum inactive
 * interval and a new session are written as before (flush mode on save, save mode on set attribute).
 * <p>
 * Besides (ADR 0048): a session in which nothing was set, removed or renewed is not handed to the JDBC repository
 * at the end of the request at all (it opened a transaction, and borrowed a connection, to write nothing), and the
 * session is read by one statement without a transaction around it ({@code access.config.SessionTransactions}, which
 * asks {@link #readingSession()}): the read is one
 * round trip to PostgreSQL instead of three (BEGIN, SELECT, COMMIT). Skipping the save relies on the save mode
 * {@code on-set-attribute} (Spring Session's default and the portal's): with another save mode the wrapper hands
 * every session over, as before.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class LazyTouchSessionRepository implements FindByIndexNameSessionRepository<Session> {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();
    /** The sessions found during the current request, when a request scope is open ({@link #inRequestScope}). */
    private static final ThreadLocal<Map<String, LazyTouchSession>> FOUND = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository delegate;
    private final Duration resolution;
    private final boolean skipUnchanged;

    public LazyTouchSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate, Duration resolution) {
        this(delegate, resolution, true);
    }

    /**
     * @param skipUnchanged whether a session in which nothing was set, removed or renewed may be left unsaved: true
     *                      only when the repository writes attributes on set (save mode {@code on-set-attribute})
     */
    public LazyTouchSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate, Duration resolution,
                                      boolean skipUnchanged) {
        this.delegate = delegate;
        this.resolution = resolution;
        this.skipUnchanged = skipUnchanged;
    }

    @Override
    public Session createSession() {
        LazyTouchSession created = new LazyTouchSession((Session) delegate.createSession(), resolution);
        created.changed = true;
        return created;
    }

    @Override
    public void save(Session session) {
        if (session instanceof LazyTouchSession lazy) {
            if (!lazy.changed && skipUnchanged) {
                return;
            }
            delegate.save(lazy.stored);
            lazy.changed = false;
        } else {
            delegate.save(session);
        }
    }

    /**
     * Runs {@code request} with the sessions found by id kept until it ends: Spring Session's filter looks the
     * requested session up again when it commits the session a second time (on the response's commit, then after the
     * chain), which was a second {@code SELECT} of every request with a session cookie. A session deleted meanwhile
     * is forgotten; one whose id changed (login) is looked up again. Nested scopes use the outer one.
     */
    public static void inRequestScope(ScopedRequest request) throws java.io.IOException, jakarta.servlet.ServletException {
        if (FOUND.get() != null) {
            request.run();
            return;
        }
        FOUND.set(new java.util.HashMap<>(2));
        try {
            request.run();
        } finally {
            FOUND.remove();
        }
    }

    /** A request run in {@link #inRequestScope}. */
    @FunctionalInterface
    public interface ScopedRequest {
        void run() throws java.io.IOException, jakarta.servlet.ServletException;
    }

    @Override
    public @Nullable Session findById(String id) {
        Map<String, LazyTouchSession> kept = FOUND.get();
        if (kept != null) {
            LazyTouchSession again = kept.get(id);
            if (again != null && again.getId().equals(id) && !again.isExpired()) {
                return again;
            }
        }
        Session found;
        READING.set(Boolean.TRUE);
        try {
            found = (Session) delegate.findById(id);
        } finally {
            READING.remove();
        }
        if (found == null) {
            return null;
        }
        LazyTouchSession session = new LazyTouchSession(found, resolution);
        if (kept != null) {
            kept.put(id, session);
        }
        return session;
    }

    /**
     * Whether this thread is reading a session by its id (the one statement of Spring Session's lookup, and the delete
     * of an expired session it found): that work needs no transaction around it.
     */
    public static boolean readingSession() {
        return Boolean.TRUE.equals(READING.get());
    }

    @Override
    public void deleteById(String id) {
        Map<String, LazyTouchSession> kept = FOUND.get();
        if (kept != null) {
            kept.remove(id);
        }
        delegate.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return delegate.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** A stored session whose last access is noted at most once per resolution. */
    static final class LazyTouchSession implements Session {

        private final Session stored;
        private final Duration resolution;
        /** Whether something the repository must write was set since the session was read or last saved. */
        private boolean changed;

        LazyTouchSession(Session stored, Duration resolution) {
            this.stored = stored;
            this.resolution = resolution;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Instant noted = stored.getLastAccessedTime();
            if (noted == null || lastAccessedTime.isBefore(noted)
                    || Duration.between(noted, lastAccessedTime).compareTo(resolution) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
                changed = true;
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
