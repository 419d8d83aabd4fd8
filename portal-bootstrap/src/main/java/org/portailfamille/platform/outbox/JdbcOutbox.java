package org.portailfamille.platform.outbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox table {@code platform.outbox}, through plain JDBC on the portal's data source (so inside the caller's
 * transaction, the same one as jOOQ's). The claim uses {@code FOR UPDATE SKIP LOCKED}: several workers (several
 * instances of the portal) never claim the same row, and a claim carries a lease ({@code claimed_until}) after
 * which a crashed worker's rows are claimed again.
 */
public class JdbcOutbox implements Outbox {

    private static final String COLUMNS = "id, idempotency_key, channel, recipient, subject, body, reference, status, "
            + "attempts, last_error, provider_id, created_at, sent_at, failed_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Runnable onCommittedEnqueue = () -> { };

    public JdbcOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Called after the commit of a transaction that enqueued something (the worker wakes up at once). */
    void onCommittedEnqueue(Runnable listener) {
        this.onCommittedEnqueue = listener;
    }

    @Override
    public boolean enqueue(OutgoingNotification notification) {
        Instant now = clock.instant();
        int added = jdbc.sql("""
                        INSERT INTO platform.outbox (id, idempotency_key, channel, recipient, subject, body, reference,
                                                     status, attempts, next_attempt_at, created_at)
                        VALUES (:id, :key, :channel, :recipient, :subject, :body, :reference, 'PENDING', 0, :now, :now)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("id", UUID.randomUUID())
                .param("key", notification.idempotencyKey())
                .param("channel", notification.channel().name())
                .param("recipient", notification.recipient())
                .param("subject", notification.subject())
                .param("body", notification.body())
                .param("reference", notification.reference())
                .param("now", at(now))
                .update();
        if (added == 1) {
            wakeUpAfterCommit();
        }
        return added == 1;
    }

    @Override
    public int enqueueAll(List<OutgoingNotification> notifications) {
        if (notifications.isEmpty()) {
            return 0;
        }
        int added = 0;
        // Rows of at most 500 (8 parameters each: far below PostgreSQL's 65,535 per statement).
        for (int from = 0; from < notifications.size(); from += 500) {
            added += enqueueRows(notifications.subList(from, Math.min(notifications.size(), from + 500)));
        }
        if (added > 0) {
            wakeUpAfterCommit();
        }
        return added;
    }

    private int enqueueRows(List<OutgoingNotification> notifications) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO platform.outbox (id, idempotency_key, channel, recipient, subject, body, reference,
                                             status, attempts, next_attempt_at, created_at)
                VALUES""");
        for (int i = 0; i < notifications.size(); i++) {
            sql.append(i == 0 ? " " : ", ").append("(:id").append(i).append(", :key").append(i)
                    .append(", :channel").append(i).append(", :recipient").append(i).append(", :subject").append(i)
                    .append(", :body").append(i).append(", :reference").append(i)
                    .append(", 'PENDING', 0, :now, :now)");
        }
        sql.append(" ON CONFLICT (idempotency_key) DO NOTHING");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("now", at(clock.instant()));
        for (int i = 0; i < notifications.size(); i++) {
            OutgoingNotification notification = notifications.get(i);
            statement = statement.param("id" + i, UUID.randomUUID())
                    .param("key" + i, notification.idempotencyKey())
                    .param("channel" + i, notification.channel().name())
                    .param("recipient" + i, notification.recipient())
                    .param("subject" + i, notification.subject())
                    .param("body" + i, notification.body())
                    .param("reference" + i, notification.reference());
        }
        return statement.update();
    }

    private void wakeUpAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onCommittedEnqueue.run();
                }
            });
        } else {
            onCommittedEnqueue.run();
        }
    }

    /**
     * Claims up to {@code limit} due rows for {@code worker} until now + {@code lease}: PENDING rows due now, and
     * SENDING rows whose claim expired (their worker died). Counts the attempt. Must run in its own short
     * transaction, committed before sending.
     */
    List<OutboxEntry> claim(String worker, int limit, Duration lease) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE platform.outbox SET status = 'SENDING', claimed_by = :worker, claimed_until = :until,
                                                   attempts = attempts + 1
                        WHERE id IN (SELECT id FROM platform.outbox
                                     WHERE (status = 'PENDING' AND next_attempt_at <= :now)
                                        OR (status = 'SENDING' AND claimed_until <= :now)
                                     ORDER BY next_attempt_at
                                     LIMIT :limit
                                     FOR UPDATE SKIP LOCKED)
                        RETURNING""" + " " + COLUMNS)
                .param("worker", worker)
                .param("until", at(now.plus(lease)))
                .param("now", at(now))
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** Records the delivery, only if {@code worker} still holds the claim (else another worker took it over). */
    boolean markSent(UUID id, String worker, @Nullable String providerId) {
        return jdbc.sql("""
                        UPDATE platform.outbox SET status = 'SENT', sent_at = :now, provider_id = :provider,
                                                   claimed_by = NULL, claimed_until = NULL, last_error = NULL
                        WHERE id = :id AND status = 'SENDING' AND claimed_by = :worker""")
                .param("now", at(clock.instant())).param("provider", providerId).param("id", id)
                .param("worker", worker).update() == 1;
    }

    /** A claimed row not sent (the worker is stopping): PENDING again, due now, this attempt not counted. */
    boolean release(UUID id, String worker) {
        return jdbc.sql("""
                        UPDATE platform.outbox SET status = 'PENDING', next_attempt_at = :now,
                                                   attempts = GREATEST(attempts - 1, 0),
                                                   claimed_by = NULL, claimed_until = NULL
                        WHERE id = :id AND status = 'SENDING' AND claimed_by = :worker""")
                .param("now", at(clock.instant())).param("id", id).param("worker", worker).update() == 1;
    }

    /** Back to PENDING, due after {@code delay}, with the error kept. */
    boolean markRetry(UUID id, String worker, String error, Duration delay) {
        return jdbc.sql("""
                        UPDATE platform.outbox SET status = 'PENDING', next_attempt_at = :due, last_error = :error,
                                                   claimed_by = NULL, claimed_until = NULL
                        WHERE id = :id AND status = 'SENDING' AND claimed_by = :worker""")
                .param("due", at(clock.instant().plus(delay))).param("error", truncate(error)).param("id", id)
                .param("worker", worker).update() == 1;
    }

    /** Given up: FAILED with the last error, shown to staff. */
    boolean markFailed(UUID id, String worker, String error) {
        return jdbc.sql("""
                        UPDATE platform.outbox SET status = 'FAILED', failed_at = :now, last_error = :error,
                                                   claimed_by = NULL, claimed_until = NULL
                        WHERE id = :id AND status = 'SENDING' AND claimed_by = :worker""")
                .param("now", at(clock.instant())).param("error", truncate(error)).param("id", id)
                .param("worker", worker).update() == 1;
    }

    @Override
    public List<OutboxEntry> failures(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.outbox WHERE status = 'FAILED' "
                        + "ORDER BY failed_at DESC, id LIMIT :limit")
                .param("limit", Math.max(0, limit)).query(ROW).list();
    }

    @Override
    public boolean retry(UUID id) {
        boolean retried = jdbc.sql("""
                        UPDATE platform.outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now,
                                                   failed_at = NULL
                        WHERE id = :id AND status = 'FAILED'""")
                .param("now", at(clock.instant())).param("id", id).update() == 1;
        if (retried) {
            wakeUpAfterCommit();
        }
        return retried;
    }

    @Override
    public Optional<OutboxEntry> byKey(String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.outbox WHERE idempotency_key = :key")
                .param("key", idempotencyKey).query(ROW).optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static final RowMapper<OutboxEntry> ROW = (rs, row) -> new OutboxEntry(
            rs.getObject("id", UUID.class), rs.getString("idempotency_key"),
            DeliveryChannel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
            rs.getString("body"), rs.getString("reference"), OutboxStatus.valueOf(rs.getString("status")),
            rs.getInt("attempts"), rs.getString("last_error"), rs.getString("provider_id"),
            rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("sent_at")),
            instant(rs.getTimestamp("failed_at")));
}
