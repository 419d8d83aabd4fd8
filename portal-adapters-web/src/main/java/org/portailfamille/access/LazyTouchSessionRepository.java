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
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class LazyTouchSessionRepository implements FindByIndexNameSessionRepository<Session> {

    private final FindByIndexNameSessionRepository delegate;
    private final Duration resolution;

    public LazyTouchSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate, Duration resolution) {
        this.delegate = delegate;
        this.resolution = resolution;
    }

    @Override
    public Session createSession() {
        return new LazyTouchSession((Session) delegate.createSession(), resolution);
    }

    @Override
    public void save(Session session) {
        delegate.save(session instanceof LazyTouchSession lazy ? lazy.stored : session);
    }

    @Override
    public @Nullable Session findById(String id) {
        Session found = (Session) delegate.findById(id);
        return found == null ? null : new LazyTouchSession(found, resolution);
    }

    @Override
    public void deleteById(String id) {
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
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
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
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
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
