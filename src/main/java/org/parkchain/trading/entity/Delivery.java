package org.parkchain.trading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.parkchain.platform.canonical.Hashes;

/**
 * A contract's delivered energy in one month: kWh per quarter hour of the whole month, from the park's meters or as
 * figures the parties agreed. Business rule: meter figures replace agreed ones; neither can be replaced once a party
 * has confirmed the month's statement.
 */
@Entity
@Table(name = "trading_delivery")
@IdClass(Delivery.Key.class)
public class Delivery {
    public enum Source { METER, AGREED }

    /** Contract and first day of the month. */
    public record Key(long contractId, LocalDate month) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "contract_id")
    private long contractId;

    @Id
    private LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(nullable = false)
    private byte[] kwh;

    @Column(name = "total_kwh", nullable = false)
    private double totalKwh;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "file_sha256", nullable = false)
    private String fileSha256;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected Delivery() {
    }

    public Delivery(long contractId, YearMonth month, Source source, double[] values, String fileSha256,
                    String enteredBy, Instant at) {
        this.contractId = contractId;
        this.month = month.atDay(1);
        replace(source, values, fileSha256, enteredBy, at);
    }

    public final void replace(Source newSource, double[] values, String file, String by, Instant at) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        double total = 0;
        for (double v : values) {
            b.putDouble(v);
            total += v;
        }
        this.kwh = b.array();
        this.totalKwh = total;
        this.sha256 = Hashes.hex(Hashes.sha256(kwh));
        this.source = newSource;
        this.fileSha256 = file;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    /** kWh per quarter hour of the month. */
    public double[] values() {
        double[] v = new double[kwh.length / Double.BYTES];
        ByteBuffer.wrap(kwh).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
        return v;
    }

    public long getContractId() {
        return contractId;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public Source getSource() {
        return source;
    }

    public double getTotalKwh() {
        return totalKwh;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
