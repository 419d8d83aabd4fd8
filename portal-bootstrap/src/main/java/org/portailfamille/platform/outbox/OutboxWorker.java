package org.portailfamille.platform.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the outbox after commit. One thread per portal instance polls every {@code pollInterval} (and at once after a
 * transaction that enqueued commits): it claims at most {@code batchSize} due rows in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, so several instances share the work without sending a row twice), sends them,
 * and records each outcome: SENT; PENDING again after an exponential back-off (initial × 2^(attempt-1), at most
 * {@code maxBackoff}); FAILED after {@code maxAttempts} or a permanent error. At most {@code maxBatchesPerPoll}
 * batches per poll, so a poll is bounded. A claim left by a crashed instance expires after {@code lease} and the row
 * is sent again: delivery is at least once, and exactly once unless an instance dies between the server's
 * acceptance and the recording of SENT (ADR 0020, 0026: such a duplicate carries the row's one Message-ID). A
 * graceful stop finishes and marks the send in flight, hands the rest of its batch back (PENDING, due now, the
 * attempt not counted) and claims nothing more.
 *
 * <p>Not a bare {@code @Scheduled}: its own lifecycle-managed scheduler, stopped gracefully with the context. A
 * later issue moves the portal's jobs to a cluster-safe scheduler.
 */
public class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    /** The worker's settings. */
    public record Settings(Duration pollInterval, int batchSize, int maxBatchesPerPoll, int maxAttempts,
                           Duration initialBackoff, Duration maxBackoff, Duration lease) {
        public Settings {
            if (batchSize < 1 || maxBatchesPerPoll < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("Outbox batch size, batches per poll and attempts are positive");
            }
        }
    }

    private final JdbcOutbox outbox;
    private final TransactionTemplate transactions;
    private final Map<DeliveryChannel, NotificationSender> senders = new EnumMap<>(DeliveryChannel.class);
    private final Settings settings;
    private final String workerId;
    private final boolean autoStart;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean running;
    /** Set by {@link #stop}: the batch being sent is finished and recorded, no further batch is claimed. */
    private volatile boolean stopping;

    public OutboxWorker(JdbcOutbox outbox, TransactionTemplate transactions, List<NotificationSender> senders,
                        Settings settings, boolean autoStart) {
        this.outbox = outbox;
        this.transactions = transactions;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.settings = settings;
        this.autoStart = autoStart;
        this.workerId = "worker-" + UUID.randomUUID();
        outbox.onCommittedEnqueue(this::wakeUp);
    }

    public String workerId() {
        return workerId;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-worker");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, settings.pollInterval().toMillis());
        scheduler.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
        stopping = false;
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopping = true;
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow(); // rows still claimed are taken over when their lease expires
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStart;
    }

    /** Sends what is due now, on the worker's thread, soon (after the enqueuing transaction committed). */
    void wakeUp() {
        ScheduledExecutorService current = scheduler;
        if (running && current != null && wakeUpQueued.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    wakeUpQueued.set(false);
                    pollSafely();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                wakeUpQueued.set(false);
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Outbox poll failed, next poll in {}", settings.pollInterval(), e);
        }
    }

    /** One bounded poll: at most {@code maxBatchesPerPoll} batches. Returns how many notifications were handled. */
    public int poll() {
        int handled = 0;
        for (int batch = 0; batch < settings.maxBatchesPerPoll() && !stopping; batch++) {
            int count = sendBatch();
            handled += count;
            if (count < settings.batchSize()) {
                break;
            }
        }
        return handled;
    }

    /** Claims one batch and sends it. */
    public int sendBatch() {
        List<OutboxEntry> claimed = Objects.requireNonNull(transactions.execute(
                status -> outbox.claim(workerId, settings.batchSize(), settings.lease())));
        for (int i = 0; i < claimed.size(); i++) {
            if (stopping) { // graceful stop: the send in flight was finished and marked; the rest go back, due now
                List<OutboxEntry> unsent = claimed.subList(i, claimed.size());
                transactions.executeWithoutResult(status -> unsent.forEach(entry ->
                        outbox.release(entry.id(), workerId)));
                return i;
            }
            deliver(claimed.get(i));
        }
        return claimed.size();
    }

    private void deliver(OutboxEntry entry) {
        NotificationSender sender = senders.get(entry.channel());
        try {
            if (sender == null) {
                throw new DeliveryException("No sender for " + entry.channel(), true);
            }
            String providerId = sender.send(entry);
            transactions.executeWithoutResult(status -> outbox.markSent(entry.id(), workerId, providerId));
        } catch (DeliveryException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + Objects.requireNonNullElse(e.getMessage(), "");
            boolean permanent = e instanceof DeliveryException delivery && delivery.permanent();
            if (permanent || entry.attempts() >= settings.maxAttempts()) {
                log.warn("Outbox: giving up {} to {} after {} attempt(s): {}", entry.channel(), entry.recipient(),
                        entry.attempts(), error);
                transactions.executeWithoutResult(status -> outbox.markFailed(entry.id(), workerId, error));
            } else {
                transactions.executeWithoutResult(status -> outbox.markRetry(entry.id(), workerId, error,
                        backoff(entry.attempts())));
            }
        }
    }

    /** initial × 2^(attempt-1), at most maxBackoff. */
    Duration backoff(int attempt) {
        Duration delay = settings.initialBackoff();
        for (int i = 1; i < attempt && delay.compareTo(settings.maxBackoff()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
    }
}
