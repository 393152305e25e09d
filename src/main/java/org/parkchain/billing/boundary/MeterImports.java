package org.parkchain.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.billing.control.BillingAudit;
import org.parkchain.billing.control.MeterImportRow;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.LineProblem;
import org.parkchain.platform.Problems;
import org.parkchain.profiles.control.LoadSeries;
import org.parkchain.profiles.control.MeterCsv;

/**
 * Imports of the park meter system's readings. Business rules: the export ({@code meter,timestamp,kWh}, the meter
 * being the resident's credit code) is imported whole or not at all: every line must be valid, every meter a
 * resident's, no reading may repeat one already imported and no month already billed may change. Each import is
 * recorded on the ledger with the file's SHA-256.
 */
@Stateless
public class MeterImports {
    static final int SHOWN = 20;

    @Inject
    MeterReadingStore store;

    @Inject
    Participants participants;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parkchain.agreements.meter-import-max-bytes", defaultValue = "67108864")
    long maxBytes;

    public record ImportSummary(long id, int readings, int meters, LocalDateTime first, LocalDateTime last) {
    }

    public ImportSummary importReadings(String username, String source, String fileName, InputStream csv) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        MeterCsv.Result result;
        try {
            result = new MeterCsv(MeterCsv.Layout.METERS, maxBytes, 15).read(new DigestInputStream(csv, sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LineProblem.refuseIfAny(result.problems());
        Problems problems = new Problems();
        Map<Long, LoadSeries> byResident = new LinkedHashMap<>();
        result.series().forEach((meter, series) -> {
            Participant p = participants.findByCreditCode(meter).orElse(null);
            if (p == null || p.getType() != ParticipantType.RESIDENT) {
                problems.add("file", "error.meter.unknown", meter);
            } else {
                byResident.put(p.getId(), series);
            }
        });
        problems.throwIfAny();
        store.checkNew(problems, byResident);
        problems.throwIfAny();
        LocalDateTime first = byResident.values().stream().map(LoadSeries::start).min(LocalDateTime::compareTo)
                .orElseThrow();
        LocalDateTime last = byResident.values().stream().map(s -> s.time(s.size() - 1))
                .max(LocalDateTime::compareTo).orElseThrow();
        String sha256 = HexFormat.of().formatHex(sha.digest());
        long id = store.insert(source, fileName, sha256, (int) result.readings(), byResident, first, last, username,
                clock.instant());
        ImportSummary summary = new ImportSummary(id, (int) result.readings(), byResident.size(), first, last);
        outbox.record(BillingAudit.IMPORTED, new BillingAudit.MeterImport(id, sha256, summary.readings(),
                summary.meters(), first, last, source));
        return summary;
    }

    /** The latest imports, newest first. */
    public List<MeterImportRow> latest() {
        return store.latestImports(SHOWN);
    }
}
