package org.parkchain.platform.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read at most once per time-to-live and key, and read again as soon as the version the caller passes has
 * moved (a change of that kind committed on this node, see {@code LocalChanges}). For reads that every page repeats
 * and that change rarely. The caller reads the version <em>before</em> loading, so a change that commits while a
 * value loads is never hidden: the stored value carries the older version and the next call reads again. Thread-safe;
 * two concurrent misses may both load (reads, so harmless).
 *
 * @param <K> key
 * @param <V> value (share it read-only: it is handed to every caller)
 */
public final class ShortCache<K, V> {
    private record Entry<V>(V value, long version, long loadedAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    public ShortCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    ShortCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The cached value, or {@code loader}'s when there is none, it is older than the TTL or of another version. */
    public V get(K key, long version, Function<K, V> loader) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.version() == version && now - entry.loadedAt() < ttlNanos) {
            return entry.value();
        }
        V value = Objects.requireNonNull(loader.apply(key));
        if (ttlNanos > 0) {
            entries.put(key, new Entry<>(value, version, now));
        }
        return value;
    }
}
