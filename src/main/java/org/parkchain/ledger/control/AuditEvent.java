package org.parkchain.ledger.control;

/**
 * A kind of change of a recorded aggregate (e.g. {@code user.password-reset} of {@code user:}), declared as a
 * constant beside its {@link AuditedAggregate}.
 */
public record AuditEvent<T>(AuditedAggregate<T> aggregate, String type) {

    /** The change to record: this event with the aggregate's state after it. */
    public AuditedChange of(T state) {
        AuditSnapshot snapshot = aggregate.snapshot(state);
        return new AuditedChange(type, snapshot.aggregateId(), snapshot.payload(), null);
    }
}
