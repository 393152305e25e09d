package org.parkchain.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which kinds of aggregate this node has changed: a version per kind (the part of the outbox's event type before the
 * dot: {@code participant}, {@code user}, {@code station}, …), raised after every commit that recorded a change of
 * that kind. Every change that matters goes through the {@link Outbox}, so short-lived read caches compare these
 * versions to see this node's changes at once; changes made on other nodes reach them when their time-to-live ends.
 */
@ApplicationScoped
public class LocalChanges {
    private final ConcurrentHashMap<String, AtomicLong> versions = new ConcurrentHashMap<>();

    /** Fired by the outbox in the business transaction; counted only once that transaction has committed. */
    public record Recorded(String type) {
        public String kind() {
            int dot = type.indexOf('.');
            return dot < 0 ? type : type.substring(0, dot);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded change) {
        versions.computeIfAbsent(change.kind(), k -> new AtomicLong()).incrementAndGet();
    }

    /** The sum of the kinds' versions: it moves whenever a change of any of them commits here. */
    public long version(String... kinds) {
        long sum = 0;
        for (String kind : kinds) {
            AtomicLong v = versions.get(kind);
            sum += v == null ? 0 : v.get();
        }
        return sum;
    }
}
