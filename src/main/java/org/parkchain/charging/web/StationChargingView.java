package org.parkchain.charging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.web.SigningStep;
import org.parkchain.access.web.SigningText;
import org.parkchain.charging.boundary.ChargingGate;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.boundary.Requirements;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.RequirementForm;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/**
 * A station operator's requirements for the next open day: one line per station with what was submitted, a form to
 * submit or change one (signed through the signing step), until the day's gate closes.
 */
@Named("stationCharging")
@ViewScoped
public class StationChargingView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Requirements requirements;

    @Inject
    ParkTopology topology;

    @Inject
    ChargingGate gate;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    SigningStep signing;

    private Long stationId;
    private BigDecimal energyKwh;
    private BigDecimal minKw = BigDecimal.ZERO;
    private BigDecimal maxKw;
    private String arrival = "18:00";
    private String departure = "24:00";
    private Integer willingness = 3;
    private BigDecimal flexibleShare = BigDecimal.ZERO;
    private transient Map<Long, Requirement> submitted;

    private LocalDate day;

    /** The first open day on which one of the operator's stations can still change its requirement. */
    public LocalDate getDay() {
        if (day == null) {
            day = requirements.firstEditableDay(currentUser.name());
        }
        return day;
    }

    public String getClosesAt() {
        return gate.gate().closesAt(getDay()).toString().replace('T', ' ');
    }

    private transient List<ChargingStation> stations;

    /** The operator's stations, read once per view. */
    public List<ChargingStation> getStations() {
        if (stations == null) {
            stations = topology.stationsOf(currentUser.participantId());
        }
        return stations;
    }

    public Requirement submitted(long station) {
        if (submitted == null) {
            submitted = requirements.of(currentUser.name(), getDay()).stream()
                    .collect(Collectors.toMap(Requirement::getStationId, Function.identity()));
        }
        return submitted.get(station);
    }

    /** Opens the form for a station, filled with its submitted requirement or with defaults. */
    public void edit(long station) {
        stationId = station;
        Requirement r = submitted(station);
        if (r != null) {
            RequirementForm f = r.form();
            energyKwh = f.energyKwh();
            minKw = f.minKw();
            maxKw = f.maxKw();
            arrival = f.arrival();
            departure = f.departure();
            willingness = f.willingness();
            flexibleShare = f.flexibleShare();
        } else {
            topology.station(station).ifPresent(s -> maxKw = s.getMaxPowerKw());
        }
    }

    public RequirementForm form() {
        return new RequirementForm(stationId, getDay(), energyKwh, minKw, maxKw, arrival, departure, willingness,
                flexibleShare);
    }

    /** Checks the form and opens the signing step. */
    public void sign() {
        try {
            JsonObject payload = requirements.payload(currentUser.name(), form());
            signing.open(currentUser.name(), Requirements.SUBMIT, payload, text(payload));
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void confirmSigned() {
        try {
            HeldKeys.Signed signed = signing.sign(currentUser.name());
            Requirement r = requirements.submit(currentUser.name(), signing.payload(), signed.signature(),
                    signed.certificatePem());
            signing.close();
            submitted = null;
            stationId = null;
            messages.info("charging.requirement.submitted", code(r.getStationId()), r.getDay().toString());
        } catch (BusinessException e) {
            signing.refused(e);
            messages.refused(e);
        }
    }

    private SigningText text(JsonObject p) {
        return SigningText.saying(messages.text("charging.sign.sentence", code(p.getJsonNumber("stationId")
                        .longValue()), p.getString("day")))
                .line(messages.text("charging.energyKwh"), p.getString("energyKwh") + " kWh")
                .line(messages.text("charging.power"), p.getString("minKw") + " – " + p.getString("maxKw") + " kW")
                .line(messages.text("charging.window"), p.getString("arrival") + " – " + p.getString("departure"))
                .line(messages.text("charging.willingness"), String.valueOf(p.getInt("willingness")))
                .line(messages.text("charging.flexibleShare"), p.getString("flexibleShare"));
    }

    private String code(long station) {
        return getStations().stream().filter(s -> s.getId() == station).map(ChargingStation::getCode).findFirst()
                .orElse(String.valueOf(station));
    }

    public SigningStep getSigning() {
        return signing;
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public BigDecimal getEnergyKwh() {
        return energyKwh;
    }

    public void setEnergyKwh(BigDecimal energyKwh) {
        this.energyKwh = energyKwh;
    }

    public BigDecimal getMinKw() {
        return minKw;
    }

    public void setMinKw(BigDecimal minKw) {
        this.minKw = minKw;
    }

    public BigDecimal getMaxKw() {
        return maxKw;
    }

    public void setMaxKw(BigDecimal maxKw) {
        this.maxKw = maxKw;
    }

    public String getArrival() {
        return arrival;
    }

    public void setArrival(String arrival) {
        this.arrival = arrival;
    }

    public String getDeparture() {
        return departure;
    }

    public void setDeparture(String departure) {
        this.departure = departure;
    }

    public Integer getWillingness() {
        return willingness;
    }

    public void setWillingness(Integer willingness) {
        this.willingness = willingness;
    }

    public BigDecimal getFlexibleShare() {
        return flexibleShare;
    }

    public void setFlexibleShare(BigDecimal flexibleShare) {
        this.flexibleShare = flexibleShare;
    }
}
