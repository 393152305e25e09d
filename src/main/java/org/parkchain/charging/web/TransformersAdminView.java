package org.parkchain.charging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.charging.entity.TransformerSpec;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/** Park admin: add a transformer, or pick one from the list and edit it. */
@Named
@ViewScoped
public class TransformersAdminView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ParkTopology topology;

    @Inject
    FacesMessages messages;

    private Long editing;
    private String editingCode;
    private String code;
    private String nameEn;
    private String nameZh;
    private BigDecimal ratedKva;
    private BigDecimal powerFactor;
    private BigDecimal reserveKw;
    private transient List<Transformer> list;

    public List<Transformer> getTransformers() {
        if (list == null) {
            list = topology.transformers();
        }
        return list;
    }

    public void edit(long id) {
        topology.transformer(id).ifPresent(t -> {
            TransformerSpec s = t.spec();
            editing = t.getId();
            editingCode = t.getCode();
            code = s.code();
            nameEn = s.nameEn();
            nameZh = s.nameZh();
            ratedKva = s.ratedKva();
            powerFactor = s.powerFactor();
            reserveKw = s.reserveKw();
        });
    }

    public void save() {
        TransformerSpec spec = new TransformerSpec(code, nameEn, nameZh, ratedKva, powerFactor, reserveKw);
        try {
            Transformer t = editing == null ? topology.addTransformer(spec) : topology.updateTransformer(editing, spec);
            messages.info(editing == null ? "topology.transformerAdded" : "topology.transformerSaved", t.getCode());
            cancel();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void cancel() {
        editing = null;
        editingCode = code = nameEn = nameZh = null;
        ratedKva = powerFactor = reserveKw = null;
        list = null;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditingCode() {
        return editingCode;
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

    public BigDecimal getRatedKva() {
        return ratedKva;
    }

    public void setRatedKva(BigDecimal ratedKva) {
        this.ratedKva = ratedKva;
    }

    public BigDecimal getPowerFactor() {
        return powerFactor;
    }

    public void setPowerFactor(BigDecimal powerFactor) {
        this.powerFactor = powerFactor;
    }

    public BigDecimal getReserveKw() {
        return reserveKw;
    }

    public void setReserveKw(BigDecimal reserveKw) {
        this.reserveKw = reserveKw;
    }
}
