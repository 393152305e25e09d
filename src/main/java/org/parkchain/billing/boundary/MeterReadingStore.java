package org.parkchain.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.parkchain.billing.control.MeterImportRow;
import org.parkchain.platform.Problems;
import org.parkchain.profiles.control.LoadSeries;
import org.parkchain.profiles.control.PeriodEnergy;
import org.parkchain.tariffs.control.CatalogTariff;

/**
 * The meter readings in PostgreSQL, through JDBC because an import writes hundreds of thousands of rows in batches:
 * the import records, the readings, whether readings would repeat or change a billed month, and a resident's energy
 * by tariff period over some days. Joins the caller's transaction.
 */
@Dependent
class MeterReadingStore {
    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    /** Adds a problem for every resident whose readings would repeat imported ones or change a billed month. */
    void checkNew(Problems problems, Map<Long, LoadSeries> byResident) {
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<Long, LoadSeries> e : byResident.entrySet()) {
                checkNew(c, problems, e.getKey(), e.getValue());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("meter readings could not be checked", e);
        }
    }

    /** Stores the import and its readings; returns the import's id. */
    long insert(String source, String fileName, String sha256, int readings, Map<Long, LoadSeries> byResident,
                LocalDateTime first, LocalDateTime last, String username, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement q = c.prepareStatement("INSERT INTO agreements_meter_import (source, file_name, "
                    + "sha256, readings, participants, first_at, last_at, imported_by, imported_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                q.setString(1, source);
                q.setString(2, fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200)
                        : fileName);
                q.setString(3, sha256);
                q.setInt(4, readings);
                q.setInt(5, byResident.size());
                q.setTimestamp(6, Timestamp.valueOf(first));
                q.setTimestamp(7, Timestamp.valueOf(last));
                q.setString(8, username);
                q.setTimestamp(9, Timestamp.from(at));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            insertReadings(c, id, byResident);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("meter readings could not be stored", e);
        }
    }

    /** A resident's readings of the days {@code from} to {@code to}, by tariff period. */
    PeriodEnergy energy(long resident, LocalDate from, LocalDate to, CatalogTariff catalog) {
        PeriodEnergy energy = new PeriodEnergy(catalog);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT reading_at, step_minutes, kwh FROM agreements_meter_reading WHERE participant_id = ? "
                        + "AND reading_at >= ? AND reading_at < ? ORDER BY reading_at")) {
            s.setLong(1, resident);
            s.setTimestamp(2, Timestamp.valueOf(from.atStartOfDay()));
            s.setTimestamp(3, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    energy.add(rs.getTimestamp(1).toLocalDateTime(), rs.getInt(2), rs.getDouble(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return energy;
    }

    /** The month of the earliest meter reading imported, if any was. */
    Optional<YearMonth> firstMonth() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT min(reading_at) FROM agreements_meter_reading"); ResultSet rs = s.executeQuery()) {
            rs.next();
            Timestamp first = rs.getTimestamp(1);
            return first == null ? Optional.empty() : Optional.of(YearMonth.from(first.toLocalDateTime()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest imports, newest first. */
    List<MeterImportRow> latestImports(int max) {
        List<MeterImportRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id, source, "
                + "file_name, readings, participants, first_at, last_at, imported_by, imported_at "
                + "FROM agreements_meter_import ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new MeterImportRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getTimestamp(6).toLocalDateTime(), rs.getTimestamp(7).toLocalDateTime(),
                            rs.getString(8), rs.getTimestamp(9).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static void checkNew(Connection c, Problems problems, long resident, LoadSeries s) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM agreements_meter_reading "
                + "WHERE participant_id = ? AND reading_at >= ? AND reading_at < ?")) {
            q.setLong(1, resident);
            q.setTimestamp(2, Timestamp.valueOf(s.start()));
            q.setTimestamp(3, Timestamp.valueOf(s.end()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    problems.add("file", "error.meter.exists", resident, s.start().toString().replace('T', ' '));
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT min(month) FROM agreements_bill "
                + "WHERE participant_id = ? AND month >= ? AND month <= ?")) {
            q.setLong(1, resident);
            q.setObject(2, s.start().toLocalDate().withDayOfMonth(1));
            q.setObject(3, s.time(s.size() - 1).toLocalDate());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getObject(1) != null) {
                    problems.add("file", "error.meter.billed", resident, YearMonth.from(rs.getDate(1).toLocalDate())
                            .toString());
                }
            }
        }
    }

    private static void insertReadings(Connection c, long importId, Map<Long, LoadSeries> byResident)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agreements_meter_reading (participant_id, "
                + "reading_at, step_minutes, kwh, import_id) VALUES (?, ?, ?, ?, ?)")) {
            int batch = 0;
            for (Map.Entry<Long, LoadSeries> e : byResident.entrySet()) {
                LoadSeries series = e.getValue();
                for (int i = 0; i < series.size(); i++) {
                    s.setLong(1, e.getKey());
                    s.setTimestamp(2, Timestamp.valueOf(series.time(i)));
                    s.setInt(3, series.stepMinutes());
                    s.setBigDecimal(4, BigDecimal.valueOf(series.kWh()[i]));
                    s.setLong(5, importId);
                    s.addBatch();
                    if (++batch % 1000 == 0) {
                        s.executeBatch();
                    }
                }
            }
            s.executeBatch();
        }
    }
}
