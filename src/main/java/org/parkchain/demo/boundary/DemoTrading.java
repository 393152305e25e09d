package org.parkchain.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.trading.boundary.Channels;
import org.parkchain.trading.boundary.Commitments;
import org.parkchain.trading.boundary.ContractImports;
import org.parkchain.trading.boundary.Deliveries;
import org.parkchain.trading.boundary.Negotiation;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.DayType;
import org.parkchain.trading.control.PriceKind;
import org.parkchain.trading.entity.Contract;

/**
 * Bilateral trading in the demo park, written through the trading boundaries (and the held keys of the demo
 * certificates for signatures), so that every step is on the ledger: sales1 and large1 negotiating (notes, an offer
 * PDF, three term sheet versions, the last one open for large1); gen2 and large2 with a contract activated after one
 * mismatched pair of copies; gen1 and sales1 with a contract signed on paper, recorded by the park admin, last month's
 * metered delivery and its statement awaiting both confirmations; and large3's invitation waiting for sales3.
 */
@Startup
@Singleton
@DependsOn("DemoHistory")
public class DemoTrading {
    private static final Logger LOG = Logger.getLogger(DemoTrading.class.getName());
    /** The rooftop plant sales1 buys from on paper: sized near its retail customers' daytime use. */
    static final double PAPER_PEAK_KW = 40;

    @Inject
    DemoPark demoPark;

    @Inject
    Accounts accounts;

    @Inject
    Channels channels;

    @Inject
    Negotiation negotiation;

    @Inject
    Commitments commitments;

    @Inject
    ContractImports imports;

    @Inject
    Deliveries deliveries;

    @Inject
    HeldKeys heldKeys;

    @Inject
    ParkCalendar calendar;

    @Inject
    @ConfigProperty(name = "parkchain.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "parkchain.demo.password", defaultValue = "parkchain1")
    String password;

    @PostConstruct
    void load() {
        if (!enabled || !demoPark.loadedNow()) {
            return;
        }
        LocalDate next = YearMonth.from(calendar.today()).plusMonths(1).atDay(1);
        LocalDate yearEnd = next.plusYears(1).minusDays(1);
        long sales1 = id("sales1");
        long large1 = id("large1");
        long a = channels.open("sales1", large1, "Baseload supply · 基荷供电 " + next.getYear()).getId();
        channels.decide("large1", a, true);
        negotiation.note("sales1", a, "Meeting at Suzhou Precision Castings: about 800 kW weekday baseload, 300 kW at"
                + " weekends, 200 kW on holidays; price around 0.45 yuan/kWh. 会谈纪要：工作日基荷约 800 kW。");
        negotiation.attach("sales1", a, "offer-" + next.getYear() + ".pdf", DemoFiles.pdf(List.of(
                "Suzhou Xinneng Power Sales - offer to Suzhou Precision Castings",
                "Baseload " + next + " to " + yearEnd, "Weekday 800 kW, weekend 300 kW, holiday 200 kW",
                "Flat price 0.46 yuan/kWh, band +/-10 %, penalties 0.05 / 0.04 yuan/kWh")));
        negotiation.propose("sales1", a, flat(sales1, large1, next, yearEnd, baseload(), 0.46), "First offer");
        negotiation.note("large1", a, "Phone call: we can take 0.43 if the band stays at ±10 %. 电话沟通：带宽±10%时可接受0.43。");
        negotiation.propose("large1", a, flat(sales1, large1, next, yearEnd, baseload(), 0.43), "Counter-offer");
        negotiation.propose("sales1", a, flat(sales1, large1, next, yearEnd, baseload(), 0.445), "Meet in the middle");

        long gen2 = id("gen2");
        long large2 = id("large2");
        long c = channels.open("gen2", large2, "Rooftop PV output · 屋顶光伏 " + next.getYear()).getId();
        channels.decide("large2", c, true);
        ContractTerms pv = flat(gen2, large2, next, yearEnd, solar(400), 0.39);
        negotiation.propose("gen2", c, pv, null);
        Contract contract = negotiation.accept("large2", c, 1);
        commit("gen2", contract.getId(), pv);
        commit("large2", contract.getId(), flat(gen2, large2, next, yearEnd, solar(400), 0.38));
        commit("gen2", contract.getId(), pv);
        commit("large2", contract.getId(), pv);

        long gen1 = id("gen1");
        YearMonth last = YearMonth.from(calendar.today()).minusMonths(1);
        LocalDate paperStart = last.minusMonths(2).atDay(1);
        Contract paper = imports.record("admin", flat(gen1, sales1, paperStart, paperStart.plusYears(1).minusDays(1),
                solar(PAPER_PEAK_KW), 0.41), "Paper contract JQ-PV-" + paperStart.getYear() + "-017");
        deliveries.importMeter("admin", delivery(paper.getId(), last));

        channels.open("large3", id("sales3"), "Cooling season · 制冷季 " + next.getYear());
        LOG.info(() -> "Demo trading loaded: 4 channels, a negotiation in progress, an active contract, a recorded"
                + " contract with " + last + " delivered and its statement awaiting confirmation");
    }

    private void commit(String username, long contractId, ContractTerms copy) {
        byte[] payload = CanonicalJson.write(commitments.payload(username, contractId, copy))
                .getBytes(StandardCharsets.UTF_8);
        HeldKeys.Signed signed = heldKeys.sign(username, password, payload);
        commitments.commit(username, contractId, payload, signed.signature(), signed.certificatePem());
    }

    private long id(String username) {
        return accounts.findByUsername(username).orElseThrow().participantId().value();
    }

    private static ContractTerms flat(long seller, long buyer, LocalDate start, LocalDate end,
                                      Map<DayType, double[]> profile, double price) {
        return new ContractTerms(seller, buyer, start, end, profile, PriceKind.FLAT, price, null, 0.1, 0.05, 0.04, 15);
    }

    private static Map<DayType, double[]> baseload() {
        Map<DayType, double[]> p = new EnumMap<>(DayType.class);
        p.put(DayType.WEEKDAY, hours(800));
        p.put(DayType.WEEKEND, hours(300));
        p.put(DayType.HOLIDAY, hours(200));
        return p;
    }

    /** A PV plant's output: a bell from 07:00 to 18:00 peaking at {@code peakKw}, the same every day. */
    private static Map<DayType, double[]> solar(double peakKw) {
        double[] kw = new double[24];
        for (int h = 7; h <= 17; h++) {
            kw[h] = Math.round(peakKw * Math.sin(Math.PI * (h - 6) / 12.0));
        }
        Map<DayType, double[]> p = new EnumMap<>(DayType.class);
        for (DayType type : DayType.ALL) {
            p.put(type, kw.clone());
        }
        return p;
    }

    private static double[] hours(double kw) {
        double[] v = new double[24];
        Arrays.fill(v, kw);
        return v;
    }

    /** Metered delivery of a PV contract for a month: the contracted output, a little less on cloudy days. */
    static String delivery(long contractId, YearMonth month) {
        double[] kw = solar(PAPER_PEAK_KW).get(DayType.WEEKDAY);
        StringBuilder csv = new StringBuilder("contract,interval,kWh\n");
        for (LocalDateTime t = month.atDay(1).atStartOfDay(); t.isBefore(month.plusMonths(1).atDay(1)
                .atStartOfDay()); t = t.plusMinutes(15)) {
            double cloud = t.getDayOfMonth() % 7 == 3 ? 0.55 : 0.97;
            csv.append(contractId).append(',').append(t.toString().replace('T', ' ')).append(',')
                    .append(CanonicalJson.decimal(Math.round(kw[t.getHour()] / 4 * cloud * 1000) / 1000.0))
                    .append('\n');
        }
        return csv.toString();
    }
}
