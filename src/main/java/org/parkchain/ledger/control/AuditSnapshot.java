package org.parkchain.ledger.control;

import jakarta.json.JsonObject;

/** The audited state of one aggregate: its id ({@code <type>:<id>}) and its canonical payload. */
public record AuditSnapshot(String aggregateId, JsonObject payload) {
}
