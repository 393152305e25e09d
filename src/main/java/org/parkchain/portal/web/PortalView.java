package org.parkchain.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.access.boundary.CertificateRegistry;
import org.parkchain.access.control.CertificateStanding;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.park.boundary.CurrentPark;
import org.parkchain.park.entity.Park;
import org.parkchain.platform.web.Formats;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.portal.boundary.ParkDirectory;

/**
 * Data for the role portals' home pages (resident, sales, trader, station, regulator, admin): the park, the user's
 * own organisation, the participants a role deals with, transformers and stations. Each page folder is protected by
 * its role in web.xml; this view only reads through the features' boundaries.
 */
@Named("portal")
@RequestScoped
public class PortalView {
    /** Licences expiring within this period are flagged on home pages. */
    @Inject
    @ConfigProperty(name = "parkchain.identity.licence-expiry-warning", defaultValue = "P90D")
    Period licenceWarning;

    @Inject
    CurrentPark currentPark;

    /** The participants and topology, shared by all homes and kept a few seconds (see its doc). */
    @Inject
    ParkDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    @Inject
    Clock clock;

    /** Looked up only for a market participant's home (a session bean reference is made per injection). */
    @Inject
    Instance<CertificateRegistry> registry;

    @Inject
    Formats formats;

    private CertificateStanding standing;
    private Map<Long, Participant> participantsById;
    private final Map<List<Participant>, List<ParticipantRow>> rows = new java.util.IdentityHashMap<>();

    public String getParkName() {
        return park().map(p -> p.name(localeView.getLocale())).orElse("");
    }

    public String getParkCity() {
        return park().map(p -> p.city(localeView.getLocale())).orElse("");
    }

    public String getParkCode() {
        return park().map(Park::getCode).orElse("");
    }

    private java.util.Optional<Park> park() {
        return currentPark.get();
    }

    public Participant getMe() {
        return currentUser.participant();
    }

    /** The user's market certificate standing (for the expiry warning on home pages); null for non-market roles. */
    public CertificateStanding getCertificateStanding() {
        if (standing == null && currentUser.account().getRole().marketParticipant()) {
            standing = registry.get().standing(currentUser.participantId());
        }
        return standing;
    }

    public String name(Participant p) {
        return p.name(localeView.getLocale());
    }

    /** The participants of a type (the directory hands out the same list while it keeps it). */
    public List<Participant> ofType(String type) {
        return directory.ofType(ParticipantType.valueOf(type));
    }

    /** Participants as a portal table shows them, once per request and list (the table reads its value often). */
    public List<ParticipantRow> rows(List<Participant> list) {
        return rows.computeIfAbsent(list, l -> {
            LocalDate today = LocalDate.now(clock);
            return l.stream().map(p -> new ParticipantRow(name(p), p.getType().name(), p.getCreditCode(),
                    p.getLicenceNumber(), formats.date(p.getLicenceExpiry()),
                    p.licenceExpiresWithin(today, licenceWarning)))
                    .collect(Collectors.toCollection(java.util.ArrayList::new)); // the table sorts it in place
        });
    }

    public List<Participant> getAllParticipants() {
        return directory.allParticipants();
    }

    public List<Map.Entry<ParticipantType, Long>> getCounts() {
        return List.copyOf(counts().entrySet());
    }

    public long count(String type) {
        return counts().get(ParticipantType.valueOf(type));
    }

    private Map<ParticipantType, Long> counts() {
        return directory.countByType();
    }

    /** Days until a licence expires, or null when the participant has none. */
    public Long daysToExpiry(Participant p) {
        return p.daysToLicenceExpiry(LocalDate.now(clock));
    }

    public boolean expiresSoon(Participant p) {
        return p.licenceExpiresWithin(LocalDate.now(clock), licenceWarning);
    }

    public List<Participant> getExpiringSoon() {
        return getAllParticipants().stream().filter(this::expiresSoon).toList();
    }

    public List<Transformer> getTransformers() {
        return directory.transformers();
    }

    public List<ChargingStation> getStations() {
        return directory.stations();
    }

    /** How many transformers and stations the park has. */
    public ParkDirectory.TopologySize getTopologySize() {
        return directory.topologySize();
    }

    public List<ChargingStation> getMyStations() {
        return directory.stationsOf(currentUser.participant().participantId());
    }

    public String transformerCode(ChargingStation s) {
        return getTransformers().stream().filter(t -> t.getId().equals(s.getTransformerId()))
                .map(Transformer::getCode).findFirst().orElse("");
    }

    public String operatorName(ChargingStation s) {
        if (participantsById == null) {
            participantsById = directory.ofType(ParticipantType.STATION_OPERATOR).stream()
                    .collect(Collectors.toMap(Participant::getId, Function.identity()));
        }
        Participant p = participantsById.get(s.operator().value());
        return p == null ? "" : name(p);
    }

    public long stationCount(Transformer t) {
        return getStations().stream().filter(s -> s.getTransformerId().equals(t.getId())).count();
    }

    /** Sum of the stations' maximum power on a transformer, in kW. */
    public BigDecimal installedKw(Transformer t) {
        return getStations().stream().filter(s -> s.getTransformerId().equals(t.getId()))
                .map(ChargingStation::getMaxPowerKw).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
