package org.parkchain.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.LocalChanges;
import org.parkchain.platform.cache.ShortCache;

/**
 * The park's participants as pages list and label them (homes, tables naming a sales company), read through
 * {@link Participants} at most once per {@code parkchain.portal.cache-ttl} (default 5 s) on each node, and again at
 * once after a participant change commits on this node ({@link LocalChanges}); another node's change shows within
 * the time-to-live. What it hands out is shared by all callers: read only. Not for rules: whether a participant may
 * act is decided on the entity read in the caller's transaction.
 */
@ApplicationScoped
public class ParticipantDirectory {
    private static final String KIND = "participant";

    @Inject
    @ConfigProperty(name = "parkchain.portal.cache-ttl", defaultValue = "PT5S")
    Duration ttl;

    @Inject
    Participants participants;

    @Inject
    LocalChanges changes;

    private ShortCache<String, Kept> cache;

    /**
     * Every participant in the registry's order (by type, then English name), by id, and by type (every type, in the
     * same order). The lists are kept, not made per call: a page may key what it prepares to the list it was given.
     */
    private record Kept(List<Participant> all, Map<ParticipantId, Participant> byId,
                        Map<ParticipantType, List<Participant>> byType, Map<ParticipantType, Long> counts) {
        static Kept of(List<Participant> all) {
            Map<ParticipantId, Participant> byId = new LinkedHashMap<>();
            all.forEach(p -> byId.put(p.participantId(), p));
            Map<ParticipantType, List<Participant>> byType = new EnumMap<>(ParticipantType.class);
            Map<ParticipantType, Long> counts = new EnumMap<>(ParticipantType.class);
            for (ParticipantType t : ParticipantType.values()) {
                List<Participant> ofType = all.stream().filter(p -> p.getType() == t).toList();
                byType.put(t, ofType);
                counts.put(t, (long) ofType.size());
            }
            return new Kept(List.copyOf(all), Collections.unmodifiableMap(byId), Collections.unmodifiableMap(byType),
                    Collections.unmodifiableMap(counts));
        }
    }

    @PostConstruct
    void start() {
        cache = new ShortCache<>(ttl);
    }

    public List<Participant> all() {
        return kept().all();
    }

    /** The participants of one type, by English name. */
    public List<Participant> ofType(ParticipantType type) {
        return kept().byType().get(type);
    }

    /** How many participants of each type, every type present (0 when none), in the types' order. */
    public Map<ParticipantType, Long> countByType() {
        return kept().counts();
    }

    /** The participant's name in English or Chinese; one registered on another node a moment ago is read at once. */
    public String name(ParticipantId id, boolean chinese) {
        Participant p = kept().byId().get(id);
        if (p == null) {
            p = participants.get(id);
        }
        return chinese ? p.getNameZh() : p.getNameEn();
    }

    private Kept kept() {
        return cache.get(KIND, changes.version(KIND), k -> Kept.of(participants.all()));
    }
}
