package org.parkchain.identity.entity;

/** Identity of a participant, the only way other features refer to one. */
public record ParticipantId(long value) {
    public static ParticipantId of(long value) {
        return new ParticipantId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
