package org.parkchain.charging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.StationSpec;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/** Park admin: add a charging station, or pick one from the list and edit it (transformer, operator, figures). */
@Named
@ViewScoped
public class StationsAdminView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ParkTopology topology;

    @Inject
    Participants participants;

    @Inject
    FacesMessages messages;

    private Long editing;
    private String editingCode;
    private Long transformerId;
    private Long operatorId;
    private String code;
    private String nameEn;
    private String nameZh;
    private BigDecimal maxPowerKw;
    private Integer connectors;
    private transient List<ChargingStation> list;

    public List<ChargingStation> getStations() {
        if (list == null) {
            list = topology.stations();
        }
        return list;
    }

    public List<Transformer> getTransformers() {
        return topology.transformers();
    }

    /** Active station operators, the only participants a station can be given to. */
    public List<Participant> getOperators() {
        return participants.ofType(ParticipantType.STATION_OPERATOR).stream().filter(Participant::isActive).toList();
    }

    public void edit(long id) {
        topology.station(id).ifPresent(s -> {
            StationSpec spec = s.spec();
            editing = s.getId();
            editingCode = s.getCode();
            transformerId = spec.transformerId();
            operatorId = spec.operator().value();
            code = spec.code();
            nameEn = spec.nameEn();
            nameZh = spec.nameZh();
            maxPowerKw = spec.maxPowerKw();
            connectors = spec.connectors();
        });
    }

    public void save() {
        StationSpec spec = new StationSpec(transformerId, operatorId == null ? null : ParticipantId.of(operatorId),
                code, nameEn, nameZh, maxPowerKw, connectors);
        try {
            ChargingStation s = editing == null ? topology.addStation(spec) : topology.updateStation(editing, spec);
            messages.info(editing == null ? "topology.stationAdded" : "topology.stationSaved", s.getCode());
            cancel();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void cancel() {
        editing = transformerId = operatorId = null;
        editingCode = code = nameEn = nameZh = null;
        maxPowerKw = null;
        connectors = null;
        list = null;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditingCode() {
        return editingCode;
    }

    public Long getTransformerId() {
        return transformerId;
    }

    public void setTransformerId(Long transformerId) {
        this.transformerId = transformerId;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(Long operatorId) {
        this.operatorId = operatorId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public BigDecimal getMaxPowerKw() {
        return maxPowerKw;
    }

    public void setMaxPowerKw(BigDecimal maxPowerKw) {
        this.maxPowerKw = maxPowerKw;
    }

    public Integer getConnectors() {
        return connectors;
    }

    public void setConnectors(Integer connectors) {
        this.connectors = connectors;
    }
}
