package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parkchain.charging.control.ChargingAudit;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.StationSpec;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.charging.entity.TransformerSpec;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.park.boundary.Parks;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;

/**
 * Transformers and the charging stations they feed, added and edited by the park admin; every change is recorded on
 * the ledger. Beside the rules of {@link TransformerSpec} and {@link StationSpec}: codes are unique, a station's
 * operator is an active station operator, and a transformer cannot be edited below the maximum power of a station on
 * it.
 */
@Stateless
public class ParkTopology {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Participants participants;

    @Inject
    Outbox outbox;

    @Inject
    Parks parks;

    /** Adds a transformer to the installation's park. */
    public Transformer addTransformer(TransformerSpec spec) {
        return addTransformer(parks.current().orElseThrow(() -> new NotFoundException("error.park.none")).getId(),
                spec);
    }

    public Transformer addTransformer(long parkId, TransformerSpec spec) {
        TransformerSpec s = checked(spec, null);
        Transformer t = new Transformer(parkId, s, clock.instant());
        em.persist(t);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        outbox.record(ChargingAudit.TRANSFORMER_ADDED, t);
        return t;
    }

    public Transformer updateTransformer(long id, TransformerSpec spec) {
        Transformer t = lockedTransformer(id);
        t.update(checked(spec, t));
        outbox.record(ChargingAudit.TRANSFORMER_UPDATED, t);
        return t;
    }

    public ChargingStation addStation(StationSpec spec) {
        StationSpec s = checked(spec, null);
        ChargingStation station = new ChargingStation(s, clock.instant());
        em.persist(station);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        outbox.record(ChargingAudit.STATION_ADDED, station);
        return station;
    }

    public ChargingStation updateStation(long id, StationSpec spec) {
        ChargingStation station = em.find(ChargingStation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (station == null) {
            throw new NotFoundException("error.station.notFound", id);
        }
        station.update(checked(spec, station));
        outbox.record(ChargingAudit.STATION_UPDATED, station);
        return station;
    }

    private TransformerSpec checked(TransformerSpec spec, Transformer editing) {
        TransformerSpec s = spec.normalised();
        Problems problems = new Problems();
        boolean figures = s.check(problems);
        problems.check(codeFree(Transformer.class, s.code(), editing == null ? null : editing.getId()), "code",
                "error.topology.codeTaken", s.code());
        if (editing != null && figures) {
            List<String> tooLarge = stationsOn(editing.getId()).stream()
                    .filter(st -> st.getMaxPowerKw().compareTo(s.activePowerLimitKw()) > 0)
                    .map(ChargingStation::getCode).toList();
            problems.check(tooLarge.isEmpty(), "ratedKva", "error.transformer.stationsAboveLimit",
                    String.join(", ", tooLarge), s.activePowerLimitKw());
        }
        problems.throwIfAny();
        return s;
    }

    private StationSpec checked(StationSpec spec, ChargingStation editing) {
        StationSpec s = spec.normalised();
        Problems problems = new Problems();
        Optional<Transformer> transformer = s.transformerId() == null ? Optional.empty()
                : Optional.ofNullable(em.find(Transformer.class, s.transformerId(), LockModeType.PESSIMISTIC_READ));
        problems.check(s.transformerId() == null || transformer.isPresent(), "transformerId",
                "error.transformer.notFound", s.transformerId());
        s.check(problems, transformer.map(Transformer::activePowerLimitKw).orElse(null));
        if (s.operator() != null) {
            Optional<Participant> operator = participants.find(s.operator());
            problems.check(operator.filter(p -> p.getType() == ParticipantType.STATION_OPERATOR)
                    .filter(Participant::isActive).isPresent(), "operatorParticipantId", "error.station.operator");
        }
        problems.check(codeFree(ChargingStation.class, s.code(), editing == null ? null : editing.getId()), "code",
                "error.topology.codeTaken", s.code());
        problems.throwIfAny();
        return s;
    }

    private boolean codeFree(Class<?> type, String code, Long except) {
        var query = em.createQuery("SELECT COUNT(x) FROM " + type.getSimpleName()
                + " x WHERE x.code = :code AND x.id <> :id", Long.class);
        return query.setParameter("code", code).setParameter("id", except == null ? -1L : except)
                .getSingleResult() == 0;
    }

    private Transformer lockedTransformer(long id) {
        Transformer t = em.find(Transformer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            throw new NotFoundException("error.transformer.notFound", id);
        }
        return t;
    }

    public Optional<Transformer> transformer(long id) {
        return Optional.ofNullable(em.find(Transformer.class, id));
    }

    public Optional<ChargingStation> station(long id) {
        return Optional.ofNullable(em.find(ChargingStation.class, id));
    }

    public List<Transformer> transformers() {
        return em.createQuery("SELECT t FROM Transformer t ORDER BY t.code", Transformer.class).getResultList();
    }

    public List<ChargingStation> stations() {
        return em.createQuery("SELECT s FROM ChargingStation s ORDER BY s.code", ChargingStation.class)
                .getResultList();
    }

    public List<ChargingStation> stationsOn(long transformerId) {
        return em.createQuery("SELECT s FROM ChargingStation s WHERE s.transformerId = :t ORDER BY s.code",
                ChargingStation.class).setParameter("t", transformerId).getResultList();
    }

    public List<ChargingStation> stationsOf(ParticipantId operator) {
        return em.createQuery("SELECT s FROM ChargingStation s WHERE s.operatorParticipantId = :op ORDER BY s.code",
                ChargingStation.class).setParameter("op", operator.value()).getResultList();
    }
}
