package org.parkchain.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.entity.StationSpec;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.charging.entity.TransformerSpec;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.CreditCode;
import org.parkchain.identity.entity.NewParticipant;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.park.boundary.Parks;
import org.parkchain.park.entity.Park;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * Loads the demo park into an empty database at start-up ({@code parkchain.demo.enabled}, default true): a park with
 * two transformers, sales companies, 36 small and micro users, large users, generators, station operators with six
 * stations, a regulator and a park operator, each with one login. All demo logins share the password
 * {@code parkchain.demo.password}. Runs in one transaction under a database lock, so two nodes starting together
 * load it once.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoPark {
    private static final Logger LOG = Logger.getLogger(DemoPark.class.getName());
    /** Advisory lock under which the demo data is loaded, so that nodes starting together load it once. */

    @PersistenceContext
    EntityManager em;

    @Inject
    Participants participants;

    @Inject
    Accounts accounts;

    @Inject
    Parks parks;

    @Inject
    ParkTopology topology;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parkchain.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "parkchain.demo.password", defaultValue = "parkchain1")
    String password;

    private int serial;
    private boolean loadedNow;

    /** Whether this start loaded the demo park into an empty database (so the demo's later steps may follow it). */
    public boolean loadedNow() {
        return loadedNow;
    }

    @PostConstruct
    void loadIfEmpty() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + AdvisoryLock.DEMO_PARK.id() + ")").getSingleResult();
        if (participants.count() > 0 || parks.current().isPresent()) {
            return;
        }
        String hash = accounts.hashPassword(password);
        Park park = parks.create("JQ-GEIP", "Jinqiao Green Energy Industrial Park", "金桥绿色能源产业园",
                "Suzhou, Jiangsu", "江苏省苏州市");
        LocalDate today = LocalDate.now(clock);

        Participant operator = org(ParticipantType.PARK_OPERATOR, "11", "Jinqiao Park Management Committee",
                "金桥园区管理委员会", null, null);
        user("admin", "Zhou Jianguo 周建国", operator, hash);
        Participant regulator = org(ParticipantType.REGULATOR, "11", "Park Energy Regulatory Office",
                "园区能源监管办公室", null, null);
        user("regulator", "Lin Xiaohong 林晓红", regulator, hash);

        for (String[] s : DemoNames.SALES_COMPANIES) {
            Participant p = org(ParticipantType.SALES_COMPANY, "91", s[0], s[1], s[2], today.plusYears(3));
            user(s[3], s[4], p, hash);
        }
        for (String[] s : DemoNames.LARGE_USERS) {
            user(s[3], s[4], org(ParticipantType.LARGE_USER, "91", s[0], s[1], null, null), hash);
        }
        int g = 0;
        for (String[] s : DemoNames.GENERATORS) {
            // one licence runs out soon, so that the expiry warnings have something to show
            LocalDate expiry = g++ == 1 ? today.plusDays(45) : today.plusYears(4);
            user(s[3], s[4], org(ParticipantType.GENERATOR, "91", s[0], s[1], s[2], expiry), hash);
        }
        List<Participant> operators = DemoNames.STATION_OPERATORS.stream().map(s -> {
            Participant p = org(ParticipantType.STATION_OPERATOR, "91", s[0], s[1], null, null);
            user(s[3], s[4], p, hash);
            return p;
        }).toList();
        List<DemoNames.Resident> residents = DemoNames.residents();
        for (DemoNames.Resident r : residents) {
            user(r.username(), r.contact(), org(ParticipantType.RESIDENT, "92", r.nameEn(), r.nameZh(), null, null),
                    hash);
        }

        Transformer north = topology.addTransformer(park.getId(), new TransformerSpec("T1",
                "North Transformer 1", "北区1号变压器", new BigDecimal("1000"), new BigDecimal("0.90"),
                new BigDecimal("100")));
        Transformer south = topology.addTransformer(park.getId(), new TransformerSpec("T2",
                "South Transformer 2", "南区2号变压器", new BigDecimal("800"), new BigDecimal("0.92"),
                new BigDecimal("80")));
        for (String[] s : DemoNames.STATIONS) {
            Transformer t = s[0].equals("T1") ? north : south;
            topology.addStation(new StationSpec(t.getId(), operators.get(Integer.parseInt(s[1])).participantId(),
                    s[2], s[3], s[4], new BigDecimal(s[5]), Integer.parseInt(s[6])));
        }
        loadedNow = true;
        LOG.info(() -> "Demo park loaded: " + participants.count() + " participants, " + accounts.count()
                + " users, 2 transformers, " + DemoNames.STATIONS.size() + " charging stations");
    }

    private Participant org(ParticipantType type, String prefix, String nameEn, String nameZh, String licence,
                            LocalDate licenceExpiry) {
        serial++;
        String code = CreditCode.complete(prefix + "320594" + String.format("MA%07d", 1_000_000 + serial * 7919)
                .substring(0, 9));
        return participants.register(new NewParticipant(type, nameEn, nameZh, code, licence, licenceExpiry));
    }

    private void user(String username, String displayName, Participant participant, String hash) {
        accounts.createWithHash(username, displayName, hash, participant, "en");
    }
}
