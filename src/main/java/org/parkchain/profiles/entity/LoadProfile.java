package org.parkchain.profiles.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.profiles.control.UsageProfile;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * A resident's load profile: energy per calendar month and time-of-use period over one year, and the day-to-day
 * spread the risk scenarios use. Business rule: the newest profile of a resident is the one recommendations and
 * agreements use; older ones are kept as the resident's history.
 */
@Entity
@Table(name = "agreements_profile")
public class LoadProfile {
    public enum Source { MONTHLY, READINGS, ARCHETYPE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    private String archetype;

    @Column(name = "first_month", nullable = false)
    private LocalDate firstMonth;

    @Column(nullable = false)
    private String kwh;

    @Column(nullable = false)
    private double volatility;

    @Column(name = "annual_kwh", nullable = false)
    private BigDecimal annualKwh;

    private Integer readings;

    @Column(name = "step_minutes")
    private Integer stepMinutes;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LoadProfile() {
    }

    public LoadProfile(long participantId, Source source, String archetype, UsageProfile profile, Integer readings,
                       Integer stepMinutes, String fileName, Instant createdAt) {
        this.participantId = participantId;
        this.source = source;
        this.archetype = archetype;
        this.firstMonth = profile.firstMonth().atDay(1);
        JsonArrayBuilder months = CanonicalJson.JSON.createArrayBuilder();
        for (double[] month : profile.kWh()) {
            JsonArrayBuilder periods = CanonicalJson.JSON.createArrayBuilder();
            for (double v : month) {
                periods.add(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString());
            }
            months.add(periods);
        }
        this.kwh = CanonicalJson.write(months.build());
        this.volatility = profile.volatility();
        this.annualKwh = BigDecimal.valueOf(profile.total()).setScale(3, RoundingMode.HALF_UP);
        this.readings = readings;
        this.stepMinutes = stepMinutes;
        this.fileName = fileName;
        this.createdAt = createdAt;
    }

    /** The profile as stored (energy rounded to the watt-hour). */
    public UsageProfile usage() {
        var months = CanonicalJson.parseArray(kwh);
        double[][] values = new double[months.size()][TouPeriod.values().length];
        for (int m = 0; m < months.size(); m++) {
            var periods = months.getJsonArray(m);
            for (int p = 0; p < periods.size(); p++) {
                values[m][p] = Double.parseDouble(periods.getString(p));
            }
        }
        return new UsageProfile(YearMonth.from(firstMonth), values, volatility);
    }

    public Long getId() {
        return id;
    }

    public long getParticipantId() {
        return participantId;
    }

    public Source getSource() {
        return source;
    }

    public String getArchetype() {
        return archetype;
    }

    public double getVolatility() {
        return volatility;
    }

    public BigDecimal getAnnualKwh() {
        return annualKwh;
    }

    public Integer getReadings() {
        return readings;
    }

    public Integer getStepMinutes() {
        return stepMinutes;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
