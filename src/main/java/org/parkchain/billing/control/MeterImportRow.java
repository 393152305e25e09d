package org.parkchain.billing.control;

import java.time.Instant;
import java.time.LocalDateTime;

/** One import of the meter system's readings, as the park admin's list shows it. */
public record MeterImportRow(long id, String source, String fileName, int readings, int meters, LocalDateTime first,
                             LocalDateTime last, String importedBy, Instant importedAt) {
}
