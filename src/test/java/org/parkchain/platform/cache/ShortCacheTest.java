package org.parkchain.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ShortCacheTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();
    private final ShortCache<String, String> cache = new ShortCache<>(Duration.ofSeconds(5), now::get);

    private String load(String key) {
        return key + loads.incrementAndGet();
    }

    @Test
    void aValueIsReadOnceWithinItsTimeToLive() {
        assertEquals("a1", cache.get("a", 0, this::load));
        now.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertEquals("a1", cache.get("a", 0, this::load));
        assertEquals("b2", cache.get("b", 0, this::load), "each key on its own");
        assertEquals(2, loads.get());
    }

    @Test
    void aValueIsReadAgainOnceItsTimeToLiveHasPassed() {
        cache.get("a", 0, this::load);
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals("a2", cache.get("a", 0, this::load));
        assertEquals("a2", cache.get("a", 0, this::load));
    }

    @Test
    void aValueIsReadAgainAtOnceWhenTheVersionMoves() {
        cache.get("a", 0, this::load);
        assertEquals("a2", cache.get("a", 1, this::load), "a change committed here");
        assertEquals("a2", cache.get("a", 1, this::load));
    }

    @Test
    void aChangeCommittedWhileAValueLoadsIsNotHidden() {
        // the caller read version 3 before loading; the change (version 4) committed during the load
        cache.get("a", 3, this::load);
        assertEquals("a2", cache.get("a", 4, this::load));
    }

    @Test
    void aZeroTimeToLiveReadsEveryTime() {
        ShortCache<String, String> off = new ShortCache<>(Duration.ZERO, now::get);
        off.get("a", 0, this::load);
        assertEquals("a2", off.get("a", 0, this::load));
    }
}
