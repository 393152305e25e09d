package org.parkchain.ledger.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import org.parkchain.ledger.boundary.MirrorMonitor;
import org.parkchain.ledger.boundary.MirrorState;
import org.parkchain.ledger.control.AuditFinding;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.ledger.control.OutboxRow;
import org.parkchain.ledger.control.VerificationReport;
import org.parkchain.platform.canonical.CanonicalJson;

/** JSON shapes of the audit API. */
final class AuditJson {
    private AuditJson() {
    }

    static JsonObject status(String ledger, MirrorMonitor.Snapshot s, MirrorState node) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("ledger", ledger).add("entries", s.total())
                .add("backlog", s.backlog()).add("batches", s.batches())
                .add("currentLagSeconds", seconds(s.currentLag())).add("lagP50Seconds", seconds(s.lagP50()))
                .add("lagP99Seconds", seconds(s.lagP99()));
        CanonicalJson.addNullable(b, "lastMirroredAt", s.lastMirroredAt());
        JsonObjectBuilder n = Json.createObjectBuilder().add("mirroredEntries", node.mirroredEntries())
                .add("mirroredBatches", node.mirroredBatches()).add("failures", node.failures())
                .add("confirmedByLookup", node.confirmedByLookup());
        CanonicalJson.addNullable(n, "lastError", node.lastError());
        CanonicalJson.addNullable(n, "lastErrorAt", node.lastErrorAt());
        CanonicalJson.addNullable(n, "retryAt", node.retryAt());
        CanonicalJson.addNullable(n, "recoveredAt", node.recoveredAt());
        return b.add("node", n).build();
    }

    static JsonObject report(VerificationReport r) {
        ChainReport c = r.chain();
        JsonObjectBuilder chain = Json.createObjectBuilder().add("applicable", c.applicable())
                .add("intact", c.intact()).add("blocksChecked", c.blocksChecked())
                .add("transactionsChecked", c.transactionsChecked());
        if (c.brokenBlock() == null) {
            chain.addNull("brokenBlock");
        } else {
            chain.add("brokenBlock", c.brokenBlock());
        }
        JsonArrayBuilder problems = Json.createArrayBuilder();
        c.problems().forEach(problems::add);
        JsonArrayBuilder findings = Json.createArrayBuilder();
        for (AuditFinding f : r.findings()) {
            JsonObjectBuilder fb = Json.createObjectBuilder().add("category", f.kind().category().name())
                    .add("kind", f.kind().name()).add("detail", f.detail());
            CanonicalJson.addNullable(fb, "aggregateId", f.aggregateId());
            CanonicalJson.addNullable(fb, "entryId", f.entryId());
            CanonicalJson.addNullable(fb, "type", f.type());
            CanonicalJson.addNullable(fb, "batchId", f.batchId());
            findings.add(fb);
        }
        JsonObjectBuilder counts = Json.createObjectBuilder();
        r.countByCategory().forEach((k, v) -> counts.add(k.name(), v));
        return Json.createObjectBuilder().add("passed", r.passed()).add("startedAt", r.startedAt().toString())
                .add("tookMillis", r.took().toMillis()).add("ledger", r.ledgerKind())
                .add("chain", chain.add("problems", problems)).add("records", r.records()).add("entries", r.entries())
                .add("mirrored", r.mirrored()).add("pending", r.pending()).add("ledgerEntries", r.ledgerEntries())
                .add("counts", counts).add("findings", findings).build();
    }

    static JsonArrayBuilder history(List<OutboxRow> rows) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (OutboxRow row : rows) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("entryId", row.entryId()).add("type", row.type())
                    .add("aggregateId", row.aggregateId()).add("actor", row.actor())
                    .add("committedAt", row.committedAt().toString()).add("entryHash", row.entryHash());
            CanonicalJson.addNullable(b, "batchId", row.batchId());
            CanonicalJson.addNullable(b, "ledgerTxId", row.ledgerTxId());
            if (row.leafIndex() == null) {
                b.addNull("leafIndex");
            } else {
                b.add("leafIndex", row.leafIndex());
            }
            CanonicalJson.addNullable(b, "mirroredAt", row.mirroredAt());
            array.add(b);
        }
        return array;
    }

    static JsonObject digestReport(DigestReport r) {
        JsonArrayBuilder findings = Json.createArrayBuilder();
        r.findings().forEach(f -> findings.add(Json.createObjectBuilder().add("kind", f.kind().name())
                .add("detail", f.detail())));
        return Json.createObjectBuilder().add("consistent", r.consistent()).add("keptBlock", r.keptBlock())
                .add("keptHeaderHash", r.keptHash()).add("currentBlocks", r.currentBlocks()).add("findings", findings)
                .build();
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
