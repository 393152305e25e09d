package org.parkchain.ledger.boundary;

import jakarta.json.JsonObject;

/** The audited state of one aggregate: its id ({@code <type>:<id>}) and its canonical payload. */
public record AuditSnapshot(String aggregateId, JsonObject payload) {
}
