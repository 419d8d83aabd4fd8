package org.portailfamille.platform.submission;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The submitted keys, in PostgreSQL (shared by every portal instance); each statement is its own transaction. */
public class FormSubmissions {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    public FormSubmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for this owner: true for the first submission of it, false when it was already submitted. */
    public boolean claim(String key, String owner) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM platform.form_submission WHERE created_at < ?")
                .param(OffsetDateTime.ofInstant(now.minus(KEPT), ZoneOffset.UTC)).update();
        return jdbc.sql("INSERT INTO platform.form_submission (submission_key, owner, created_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (submission_key) DO NOTHING")
                .param(key).param(owner).param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update() == 1;
    }

    /** The first submission ended with a redirect to {@code location}: later ones are sent there. */
    public void finished(String key, String location) {
        jdbc.sql("UPDATE platform.form_submission SET location = ? WHERE submission_key = ?")
                .param(location).param(key).update();
    }

    /** The first submission changed nothing (a form answered with its errors, a failure): the key may be used again. */
    public void release(String key) {
        jdbc.sql("DELETE FROM platform.form_submission WHERE submission_key = ? AND location IS NULL")
                .param(key).update();
    }

    /** What is known of a submitted key. */
    public Optional<State> state(String key) {
        return jdbc.sql("SELECT owner, location FROM platform.form_submission WHERE submission_key = ?")
                .param(key)
                .query((rs, n) -> new State(rs.getString("owner"), rs.getString("location")))
                .optional();
    }

    /** The owner (user or session) and, once the first submission is done, where it led. */
    public record State(String owner, String location) {
    }
}
