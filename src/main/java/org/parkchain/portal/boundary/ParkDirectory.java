package org.parkchain.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.identity.boundary.ParticipantDirectory;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.LocalChanges;
import org.parkchain.platform.cache.ShortCache;

/**
 * The park's participants and topology as the portal homes show them, read through their boundaries at most once per
 * {@code parkchain.portal.cache-ttl} (default 5 s) on each node, and again at once after a change of them commits on
 * this node ({@link LocalChanges}); another node's change shows within the time-to-live. The participants are the
 * identity feature's {@link ParticipantDirectory}; the topology is kept here. Every home asks for these on
 * every render, and they change a few times a day. What it hands out is shared by all callers: read only. No rule
 * here: who may see which list is decided by the pages (each portal folder is protected by its role).
 */
@ApplicationScoped
public class ParkDirectory {
    private static final String[] TOPOLOGY_KINDS = {"transformer", "station"};

    @Inject
    @ConfigProperty(name = "parkchain.portal.cache-ttl", defaultValue = "PT5S")
    Duration ttl;

    @Inject
    ParticipantDirectory participants;

    @Inject
    ParkTopology topology;

    @Inject
    LocalChanges changes;

    private ShortCache<Object, Object> cache;

    @PostConstruct
    void start() {
        cache = new ShortCache<>(ttl);
    }

    public List<Participant> ofType(ParticipantType type) {
        return participants.ofType(type);
    }

    public List<Participant> allParticipants() {
        return participants.all();
    }

    public Map<ParticipantType, Long> countByType() {
        return participants.countByType();
    }

    public List<Transformer> transformers() {
        return read("transformers", TOPOLOGY_KINDS, k -> List.copyOf(topology.transformers()));
    }

    public List<ChargingStation> stations() {
        return read("stations", TOPOLOGY_KINDS, k -> List.copyOf(topology.stations()));
    }

    /** The stations an operator runs, from the park's list. */
    public List<ChargingStation> stationsOf(ParticipantId operator) {
        return stations().stream().filter(s -> s.operator().equals(operator)).toList();
    }

    /** How many transformers and stations the park has (from the kept lists). */
    public TopologySize topologySize() {
        return new TopologySize(transformers().size(), stations().size());
    }

    /** The park's number of transformers and of charging stations. */
    public record TopologySize(long transformers, long stations) {
    }

    @SuppressWarnings("unchecked")
    private <T> T read(Object key, String[] kinds, java.util.function.Function<Object, T> loader) {
        return (T) cache.get(key, changes.version(kinds), loader::apply);
    }
}
