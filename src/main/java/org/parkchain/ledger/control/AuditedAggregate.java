package org.parkchain.ledger.control;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One kind of aggregate recorded on the ledger, declared once by the feature that owns it: its key prefix (the record
 * {@code <name>:<id>}), its audited snapshot (computed the same way when a change is recorded and when the regulator's
 * verification recomputes it from the database), its event types, and how to read every current row for the
 * verification. A feature exposes its declarations as CDI producers; {@code Outbox.record} takes an {@link AuditEvent}
 * of one, and the verification discovers them all.
 *
 * @param <T> the aggregate as the feature holds it (an entity, or a record read by the {@code current} query)
 */
public final class AuditedAggregate<T> {
    private final String name;
    private final Function<T, Object> id;
    private final Function<T, JsonObject> payload;
    private final Function<EntityManager, Stream<T>> current;

    private AuditedAggregate(String name, Function<T, Object> id, Function<T, JsonObject> payload,
                             Function<EntityManager, Stream<T>> current) {
        if (!name.matches("[a-z][a-z-]{0,30}")) {
            throw new IllegalArgumentException("an aggregate name is lower-case letters and dashes: " + name);
        }
        this.name = name;
        this.id = id;
        this.payload = payload;
        this.current = current;
    }

    /**
     * @param current reads every row the ledger should hold a record for (e.g. published plans, not drafts)
     */
    public static <T> AuditedAggregate<T> of(String name, Function<T, Object> id, Function<T, JsonObject> payload,
                                             Function<EntityManager, Stream<T>> current) {
        return new AuditedAggregate<>(name, id, payload, current);
    }

    /** An aggregate that is a JPA entity of which every row is recorded. */
    public static <T> AuditedAggregate<T> entity(String name, Class<T> type, Function<T, Object> id,
                                                 Function<T, JsonObject> payload) {
        return new AuditedAggregate<>(name, id, payload, em -> em.createQuery("SELECT e FROM "
                + em.getMetamodel().entity(type).getName() + " e", type).getResultStream());
    }

    /** One kind of change of this aggregate, e.g. {@code participant.registered}. */
    public AuditEvent<T> event(String type) {
        return new AuditEvent<>(this, type);
    }

    /** The aggregate's ledger key prefix, e.g. {@code participant:}. */
    public String prefix() {
        return name + ":";
    }

    /** The ledger key of one aggregate, e.g. {@code participant:42}. */
    public String key(Object aggregateId) {
        return prefix() + aggregateId;
    }

    public AuditSnapshot snapshot(T aggregate) {
        return new AuditSnapshot(key(id.apply(aggregate)), payload.apply(aggregate));
    }

    /** Every current aggregate of this kind (the rows the ledger should hold a record for). */
    public Stream<T> currentRows(EntityManager em) {
        return current.apply(em);
    }

    /** Snapshots of every current aggregate of this kind, read through the verification's entity manager. */
    public Stream<AuditSnapshot> current(EntityManager em) {
        return currentRows(em).map(this::snapshot);
    }

    @Override
    public String toString() {
        return prefix();
    }
}
