package org.parkchain.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.control.PlanType;
import org.parkchain.plans.entity.PlanForm;
import org.parkchain.platform.persistence.AdvisoryLock;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The demo park's catalog tariff (a Jiangsu-style time-of-use tariff with a summer sharp hour) and one or two
 * published retail plans per demo sales company, loaded once when the demo park is on and no tariff exists yet.
 * Jiangnan Power Retail countersigns automatically up to 50,000 kWh a year; the others countersign by hand.
 */
@Startup
@Singleton
@DependsOn("DemoPark")
public class DemoAgreements {
    private static final Logger LOG = Logger.getLogger(DemoAgreements.class.getName());
    static final String OTHER_WORKDAY = "00:00-08:00 VALLEY\n08:00-12:00 PEAK\n12:00-17:00 FLAT\n17:00-21:00 PEAK\n"
            + "21:00-24:00 FLAT";
    static final String SUMMER_WORKDAY = "00:00-08:00 VALLEY\n08:00-12:00 PEAK\n12:00-14:00 FLAT\n"
            + "14:00-15:00 SHARP\n15:00-17:00 FLAT\n17:00-21:00 PEAK\n21:00-24:00 FLAT";
    static final String HOLIDAY = "00:00-08:00 VALLEY\n08:00-24:00 FLAT";
    static final String HOLIDAYS = "2026-01-01 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20 2026-04-06 "
            + "2026-05-01 2026-05-04 2026-05-05 2026-06-19 2026-09-25 2026-10-01 2026-10-02 2026-10-05 2026-10-06 "
            + "2026-10-07";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    RetailPlans plans;

    @Inject
    ParkCalendar calendar;

    @Inject
    @ConfigProperty(name = "parkchain.demo.enabled", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void loadIfEmpty() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + AdvisoryLock.DEMO_PARK.id() + ")").getSingleResult();
        if (tariffs.current().isPresent()) {
            return;
        }
        tariffs.save("admin", 15, List.of(
                new CatalogTariffs.SeasonInput("SUMMER", EnumSet.of(Month.JULY, Month.AUGUST), SUMMER_WORKDAY,
                        HOLIDAY, Map.of(TouPeriod.SHARP, 1.0512, TouPeriod.PEAK, 0.8760, TouPeriod.FLAT, 0.6180,
                                TouPeriod.VALLEY, 0.2980)),
                new CatalogTariffs.SeasonInput("OTHER", EnumSet.complementOf(EnumSet.of(Month.JULY, Month.AUGUST)),
                        OTHER_WORKDAY, HOLIDAY, Map.of(TouPeriod.PEAK, 0.8520, TouPeriod.FLAT, 0.6010,
                                TouPeriod.VALLEY, 0.2890))), HOLIDAYS);
        publish("sales1", plan("Xinneng Steady Price", "新能稳价套餐",
                "One price around the clock, 10 % green energy.", "全天一口价，含 10% 绿电。", PlanType.FIXED, f -> f.setPrice(dec("0.592")), 12, 30, "200", "0", "10"));
        publish("sales1", plan("Xinneng Valley Saver", "新能谷电优惠套餐",
                "Time-of-use prices for users who can shift load to the night.", "分时电价，适合能把用电移到夜间的用户。",
                PlanType.TIME_OF_USE, f -> {
                    f.setSharp(dec("0.98"));
                    f.setPeak(dec("0.80"));
                    f.setFlat(dec("0.575"));
                    f.setValley(dec("0.262"));
                }, 12, 30, "300", "0", "20"));
        publish("sales2", plan("Jiangnan Block Saver", "江南阶梯优惠套餐",
                "Cheap first blocks for small users; no exit fee.", "小用户前几档电价便宜；无提前解约费。",
                PlanType.TIERED, f -> {
                    f.setBlockLimits("1000, 3000");
                    f.setBlockPrices("0.548, 0.602, 0.689");
                }, 12, 15, "0", "50", "0"));
        publish("sales3", plan("Taihu Green Discount", "太湖绿电折扣套餐",
                "0.035 yuan off every catalog kWh, 60 % green energy.", "目录电价每千瓦时优惠 0.035 元，绿电占 60%。",
                PlanType.DISCOUNT, f -> f.setDiscount(dec("0.035")), 24, 60, "500", "0", "60"));
        publish("sales4", plan("Wuzhong Volume Plan", "吴中约定电量套餐",
                "A low fixed price for a contracted 2,000 kWh a month (±10 % free).",
                "约定每月 2,000 千瓦时（±10% 免考核）的低固定电价。",
                PlanType.FIXED, f -> {
                    f.setPrice(dec("0.561"));
                    f.setContractedKwh(dec("2000"));
                    f.setBandPercent(dec("10"));
                    f.setOverPrice(dec("0.20"));
                    f.setUnderPrice(dec("0.15"));
                }, 12, 30, "300", "0", "0"));
        plans.setRule("sales2", true, new BigDecimal("50000"));
        LOG.info("Demo agreements loaded: catalog tariff and 5 retail plans");
    }

    private PlanForm plan(String name, String nameZh, String description, String descriptionZh, PlanType type,
                          java.util.function.Consumer<PlanForm> prices, int term, int notice, String exitFee,
                          String signUpFee, String green) {
        PlanForm f = new PlanForm();
        f.setName(name);
        f.setNameZh(nameZh);
        f.setDescription(description);
        f.setDescriptionZh(descriptionZh);
        f.setType(type);
        prices.accept(f);
        f.setTermMonths(term);
        f.setNoticeDays(notice);
        f.setEarlyExitFee(dec(exitFee));
        f.setSignUpFee(dec(signUpFee));
        f.setGreenPercent(dec(green));
        f.setValidFrom(DemoHistory.firstMonth(calendar.today()).atDay(1)); // on offer for the demo's history
        return f;
    }

    private void publish(String sales, PlanForm form) {
        plans.publish(sales, plans.create(sales, form).getId());
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
