package org.parkchain.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.charging.boundary.Allocations;
import org.parkchain.charging.boundary.BaseLoads;
import org.parkchain.charging.boundary.ChargingGate;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.boundary.Requirements;
import org.parkchain.charging.control.BaseLoadCsv;
import org.parkchain.charging.entity.BaseLoad;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.RequirementForm;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * Charging rights in the demo park, through the charging boundaries (requirements signed with the operators' held
 * keys): workday and weekend base-load profiles for T1 and T2 with a busy evening; requirements from all six stations
 * for the next two open days, where on T1 the evening demand exceeds the margin; the first of the two days allocated
 * already (so every role sees a report at first start), the second open for the operators to change and for the park
 * admin to close.
 */
@Startup
@Singleton
@DependsOn("DemoTrading")
public class DemoCharging {
    private static final Logger LOG = Logger.getLogger(DemoCharging.class.getName());

    /** Station, operator's user, energy kWh, min kW, max kW, arrival, departure, willingness, flexible share. */
    static final List<String[]> REQUIREMENTS = List.of(
            new String[] {"ST-N01", "station1", "600", "0", "240", "17:00", "22:00", "4", "0.1"},
            new String[] {"ST-N02", "station2", "300", "20", "120", "17:00", "21:00", "2", "0.3"},
            new String[] {"ST-N03", "station3", "700", "0", "180", "20:00", "24:00", "3", "0.5"},
            new String[] {"ST-S01", "station1", "250", "0", "90", "08:00", "17:00", "3", "0.2"},
            new String[] {"ST-S02", "station2", "180", "5", "60", "19:00", "24:00", "1", "0.6"},
            new String[] {"ST-S03", "station3", "720", "30", "210", "20:00", "24:00", "5", "0"});

    @Inject
    DemoPark demoPark;

    @Inject
    ParkTopology topology;

    @Inject
    BaseLoads baseLoads;

    @Inject
    Requirements requirements;

    @Inject
    Allocations allocations;

    @Inject
    ChargingGate gate;

    @Inject
    HeldKeys heldKeys;

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
        for (Transformer t : topology.transformers()) {
            double limit = t.activePowerLimitKw().doubleValue();
            baseLoads.set("admin", t.getId(), BaseLoad.WORKDAY, BaseLoadCsv.write(profile(limit, 1.0)));
            baseLoads.set("admin", t.getId(), BaseLoad.WEEKEND, BaseLoadCsv.write(profile(limit, 0.9)));
        }
        LocalDate first = gate.nextOpenDay();
        for (LocalDate day : List.of(first, first.plusDays(1))) {
            for (String[] r : REQUIREMENTS) {
                submit(day, r);
            }
        }
        allocations.runDay(first, "admin");
        LOG.info(() -> "Demo charging loaded: base-load profiles, " + REQUIREMENTS.size() * 2 + " requirements for "
                + first + " (allocated) and " + first.plusDays(1) + " (open)");
    }

    private void submit(LocalDate day, String[] r) {
        ChargingStation station = topology.stations().stream().filter(s -> s.getCode().equals(r[0])).findFirst()
                .orElseThrow();
        RequirementForm form = new RequirementForm(station.getId(), day, new BigDecimal(r[2]), new BigDecimal(r[3]),
                new BigDecimal(r[4]), r[5], r[6], Integer.valueOf(r[7]), new BigDecimal(r[8]));
        byte[] payload = CanonicalJson.write(requirements.payload(r[1], form)).getBytes(StandardCharsets.UTF_8);
        HeldKeys.Signed signed = heldKeys.sign(r[1], password, payload);
        requirements.submit(r[1], payload, signed.signature(), signed.certificatePem());
    }

    /**
     * An industrial park's base load as a share of the transformer's active-power limit: 38 % at night, 80 % over
     * working hours, 70 % in the evening peak (17:00–22:00), times {@code scale}.
     */
    static double[] profile(double limitKw, double scale) {
        double[] kw = new double[96];
        for (int t = 0; t < 96; t++) {
            double hour = t / 4.0;
            double share = hour < 7 || hour >= 22 ? 0.38 : hour < 8 ? 0.6 : hour < 17 ? 0.80 : 0.70;
            kw[t] = Math.round(limitKw * share * scale * 10) / 10.0;
        }
        return kw;
    }
}
