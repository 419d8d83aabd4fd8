package org.portailfamille.platform.cache;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One read-mostly value (the footer's contacts, ...) kept in memory (issue 14, ADR 0036). It is read again when this
 * instance changed it ({@link #invalidate()}, called by the command that changes it, after its commit) and at the
 * latest {@code timeToLive} after it was read, so that a change made by another instance (issue 15) shows within
 * seconds. A value read while an invalidation happened is not kept (a generation number tells).
 */
public final class ReadMostly<T> {

    private final Duration timeToLive;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Entry<T> entry;

    /** The time to live is counted on the machine's monotonic clock (technical time, not the portal's date). */
    public ReadMostly(Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    /** The kept value, or the loader's (kept for the next readers). */
    public T get(Supplier<T> loader) {
        Entry<T> current = entry;
        long now = System.nanoTime();
        if (current != null && current.generation == generation.get() && now - current.until < 0) {
            return current.value;
        }
        long before = generation.get();
        T value = loader.get();
        if (generation.get() == before) {
            entry = new Entry<>(value, before, now + timeToLive.toNanos());
        }
        return value;
    }

    /** The value changed: the next reader reads it again. */
    public void invalidate() {
        generation.incrementAndGet();
        entry = null;
    }

    private record Entry<T>(T value, long generation, long until) {
    }
}
