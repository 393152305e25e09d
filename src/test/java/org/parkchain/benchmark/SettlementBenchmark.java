package org.parkchain.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.parkchain.devserver.EmbeddedDatabase;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;
import org.parkchain.testsupport.TestDatabase;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.DayType;
import org.parkchain.trading.control.PriceKind;
import org.parkchain.trading.control.Settlement;
import org.parkchain.trading.control.StatementFigures;

/**
 * Monthly settlement of 1,000 bilateral contracts with a month of quarter-hour delivery each (31 × 96 × 1,000 =
 * 2,976,000 intervals, issue 14). Part A: the arithmetic alone ({@link Settlement} and the statement's canonical
 * figures), time and bytes allocated. Part B: what the application does around it, on a real PostgreSQL: read the
 * 1,000 months of delivery as stored ({@code bytea} of little-endian doubles), settle them, write the 1,000
 * statements' figures back in one transaction. Writes target/benchmarks/settlement.md.
 */
public final class SettlementBenchmark {
    private SettlementBenchmark() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        int contracts = Integer.getInteger("bench.contracts", 1_000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        YearMonth month = YearMonth.of(2027, Month.JULY);
        CatalogTariff catalog = tariff(Set.of(LocalDate.of(2027, 7, 1)));
        SplittableRandom random = new SplittableRandom(20271207L);
        ContractTerms[] terms = new ContractTerms[contracts];
        double[][] delivered = new double[contracts][];
        for (int i = 0; i < contracts; i++) {
            terms[i] = terms(i, random);
            delivered[i] = delivery(terms[i], month, catalog, random);
        }
        long intervals = (long) contracts * delivered[0].length;

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        double[] arithmetic = new double[rounds];
        long allocated = 0;
        String checksum = "";
        for (int r = -2; r < rounds; r++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long t = System.nanoTime();
            BigDecimalSum sum = new BigDecimalSum();
            for (int i = 0; i < contracts; i++) {
                Settlement.Result result = Settlement.settle(terms[i], month, catalog, delivered[i]);
                sum.add(StatementFigures.canonical(result).length(), result.amountDue());
            }
            if (r >= 0) {
                arithmetic[r] = (System.nanoTime() - t) / 1e9;
                allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
            }
            checksum = sum.toString();
        }
        Arrays.sort(arithmetic);

        double[] database = new double[rounds];
        String url = TestDatabase.database("parkchain_bench_settlement");
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.APP_USER, EmbeddedDatabase.APP_PASSWORD)) {
            store(c, month, delivered);
            for (int r = -1; r < rounds; r++) {
                long t = System.nanoTime();
                settleFromDatabase(c, month, catalog, terms);
                if (r >= 0) {
                    database[r] = (System.nanoTime() - t) / 1e9;
                }
            }
        }
        Arrays.sort(database);
        Runtime rt = Runtime.getRuntime();
        String report = String.format("""
                | figure | value |
                |---|---|
                | contracts × quarter hours | %,d × %,d = %,d intervals |
                | A: arithmetic, 1 thread: best / median | %.3f s / %.3f s |
                | A: bytes allocated per run | %,d MB |
                | B: PostgreSQL read + settle + write, 1 thread: best / median | %.3f s / %.3f s |
                | heap of the whole harness (deliveries held in memory: %,d MB of doubles) | %,d MB used of %,d MB |
                | checksum (statements, figure bytes, amount due) | %s |
                """, contracts, delivered[0].length, intervals, arithmetic[0], arithmetic[rounds / 2],
                allocated / 1_000_000, database[0], database[rounds / 2], intervals * 8 / 1_000_000,
                (rt.totalMemory() - rt.freeMemory()) / 1_000_000, rt.maxMemory() / 1_000_000, checksum);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "settlement.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static void store(Connection c, YearMonth month, double[][] delivered) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_delivery, bench_statement");
            s.execute("CREATE TABLE bench_delivery (contract_id BIGINT, month DATE, kwh BYTEA, PRIMARY KEY"
                    + " (contract_id, month))");
            s.execute("CREATE TABLE bench_statement (contract_id BIGINT, month DATE, figures TEXT, amount_due"
                    + " NUMERIC(14, 2))");
        }
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_delivery VALUES (?, ?, ?)")) {
            for (int i = 0; i < delivered.length; i++) {
                ByteBuffer b = ByteBuffer.allocate(delivered[i].length * 8).order(ByteOrder.LITTLE_ENDIAN);
                for (double v : delivered[i]) {
                    b.putDouble(v);
                }
                p.setLong(1, i);
                p.setObject(2, month.atDay(1));
                p.setBytes(3, b.array());
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
    }

    private static void settleFromDatabase(Connection c, YearMonth month, CatalogTariff catalog, ContractTerms[] terms)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE bench_statement");
        }
        try (PreparedStatement read = c.prepareStatement("SELECT contract_id, kwh FROM bench_delivery WHERE month = ?"
                + " ORDER BY contract_id");
             PreparedStatement write = c.prepareStatement("INSERT INTO bench_statement VALUES (?, ?, ?, ?)")) {
            read.setObject(1, month.atDay(1));
            read.setFetchSize(100);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    int id = (int) rs.getLong(1);
                    byte[] raw = rs.getBytes(2);
                    double[] kwh = new double[raw.length / 8];
                    ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(kwh);
                    Settlement.Result result = Settlement.settle(terms[id], month, catalog, kwh);
                    write.setLong(1, id);
                    write.setObject(2, month.atDay(1));
                    write.setString(3, StatementFigures.canonical(result));
                    write.setBigDecimal(4, result.amountDue());
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
        c.commit();
    }

    /** Half the contracts time-of-use, half flat; 24 or 96 values; a PV or a baseload shape. */
    static ContractTerms terms(int i, SplittableRandom r) {
        int resolution = i % 2 == 0 ? 24 : 96;
        Map<DayType, double[]> profile = new EnumMap<>(DayType.class);
        for (DayType type : DayType.ALL) {
            double[] kw = new double[resolution];
            for (int s = 0; s < resolution; s++) {
                double hour = s * 24.0 / resolution;
                kw[s] = i % 3 == 0 ? Math.max(0, 800 * Math.sin(Math.PI * (hour - 6) / 12)) : 200 + r.nextInt(600);
            }
            profile.put(type, kw);
        }
        boolean tou = i % 2 == 1;
        return new ContractTerms(1000 + i, 5000 + i, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), profile,
                tou ? PriceKind.TIME_OF_USE : PriceKind.FLAT, 0.35 + r.nextInt(20) / 100.0,
                new double[] {1.1, 0.9, 0.6, 0.3}, 0.1, 0.05, 0.04, 15);
    }

    /** The contracted energy with ±25 % noise per quarter hour. */
    static double[] delivery(ContractTerms t, YearMonth month, CatalogTariff catalog, SplittableRandom r) {
        double[] d = new double[month.lengthOfMonth() * 96];
        for (int i = 0; i < d.length; i++) {
            LocalDate day = month.atDay(i / 96 + 1);
            d[i] = Math.round(t.kw(DayType.of(day, catalog.holidays()), i % 96) / 4 * (0.75 + 0.5 * r.nextDouble())
                    * 1000) / 1000.0;
        }
        return d;
    }

    static CatalogTariff tariff(Set<LocalDate> holidays) {
        TouPeriod[] workday = new TouPeriod[24];
        Arrays.fill(workday, TouPeriod.FLAT);
        Arrays.fill(workday, 0, 8, TouPeriod.VALLEY);
        Arrays.fill(workday, 8, 11, TouPeriod.PEAK);
        Arrays.fill(workday, 18, 21, TouPeriod.PEAK);
        workday[19] = TouPeriod.SHARP;
        TouPeriod[] holiday = new TouPeriod[24];
        Arrays.fill(holiday, TouPeriod.FLAT);
        Arrays.fill(holiday, 0, 8, TouPeriod.VALLEY);
        Map<TouPeriod, Double> prices = new EnumMap<>(TouPeriod.class);
        prices.put(TouPeriod.SHARP, 1.2);
        prices.put(TouPeriod.PEAK, 0.95);
        prices.put(TouPeriod.FLAT, 0.62);
        prices.put(TouPeriod.VALLEY, 0.31);
        return new CatalogTariff(List.of(new CatalogTariff.Season("ALL", EnumSet.allOf(Month.class), workday, holiday,
                prices)), holidays);
    }

    /** What the runs produced, to show they computed the same. */
    private static final class BigDecimalSum {
        private int statements;
        private long bytes;
        private java.math.BigDecimal amount = java.math.BigDecimal.ZERO;

        void add(int figureBytes, java.math.BigDecimal due) {
            statements++;
            bytes += figureBytes;
            amount = amount.add(due);
        }

        @Override
        public String toString() {
            return statements + " / " + bytes + " / " + amount.toPlainString();
        }
    }
}
