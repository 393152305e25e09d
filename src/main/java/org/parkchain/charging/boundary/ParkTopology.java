package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.Problems;

/**
 * Transformers and the charging stations they feed. Business rules: a transformer's power factor is in (0, 1] and
 * its reserve is below its active-power limit; a station's maximum power is positive and cannot exceed its
 * transformer's active-power limit.
 */
@Stateless
public class ParkTopology {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Transformer addTransformer(long parkId, String code, String nameEn, String nameZh, BigDecimal ratedKva,
                                      BigDecimal powerFactor, BigDecimal reserveKw) {
        Problems problems = new Problems();
        problems.check(ratedKva.signum() > 0, "ratedKva", "error.transformer.rating");
        problems.check(powerFactor.signum() > 0 && powerFactor.compareTo(BigDecimal.ONE) <= 0, "powerFactor",
                "error.transformer.powerFactor");
        problems.check(reserveKw.signum() >= 0 && reserveKw.compareTo(ratedKva.multiply(powerFactor)) < 0,
                "reserveKw", "error.transformer.reserve");
        problems.throwIfAny();
        Transformer t = new Transformer(parkId, code, nameEn, nameZh, ratedKva, powerFactor, reserveKw,
                clock.instant());
        em.persist(t);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        return t;
    }

    public ChargingStation addStation(long transformerId, ParticipantId operator, String code, String nameEn,
                                      String nameZh, BigDecimal maxPowerKw, int connectors) {
        Transformer t = em.find(Transformer.class, transformerId);
        if (t == null) {
            throw new BusinessException("error.transformer.notFound", transformerId);
        }
        Problems problems = new Problems();
        problems.check(maxPowerKw.signum() > 0 && maxPowerKw.compareTo(t.activePowerLimitKw()) <= 0,
                "maxPowerKw", "error.station.maxPower", t.activePowerLimitKw());
        problems.check(connectors > 0, "connectors", "error.station.connectors");
        problems.throwIfAny();
        ChargingStation s = new ChargingStation(transformerId, operator, code, nameEn, nameZh, maxPowerKw,
                connectors, clock.instant());
        em.persist(s);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        return s;
    }

    public List<Transformer> transformers() {
        return em.createQuery("SELECT t FROM Transformer t ORDER BY t.code", Transformer.class).getResultList();
    }

    public List<ChargingStation> stations() {
        return em.createQuery("SELECT s FROM ChargingStation s ORDER BY s.code", ChargingStation.class)
                .getResultList();
    }

    public List<ChargingStation> stationsOf(ParticipantId operator) {
        return em.createQuery("SELECT s FROM ChargingStation s WHERE s.operatorParticipantId = :op ORDER BY s.code",
                ChargingStation.class).setParameter("op", operator.value()).getResultList();
    }
}
