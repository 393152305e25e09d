package org.parkchain.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.NewParticipant;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/** Park admin: register participants, deactivate and reactivate them. */
@Named
@ViewScoped
public class ParticipantsAdminView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Participants participants;

    @Inject
    FacesMessages messages;

    private ParticipantType type;
    private String nameEn;
    private String nameZh;
    private String creditCode;
    private String licenceNumber;
    private LocalDate licenceExpiry;
    private transient List<Participant> list;

    public List<Participant> getParticipants() {
        if (list == null) {
            list = participants.all();
        }
        return list;
    }

    public ParticipantType[] getTypes() {
        return ParticipantType.values();
    }

    public void register() {
        try {
            Participant p = participants.register(new NewParticipant(type, nameEn, nameZh, creditCode,
                    licenceNumber, licenceExpiry));
            messages.info("admin.participants.registered", p.getNameEn(), p.getCreditCode());
            type = null;
            nameEn = nameZh = creditCode = licenceNumber = null;
            licenceExpiry = null;
            list = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void setActive(long id, boolean active) {
        participants.setActive(ParticipantId.of(id), active);
        messages.info(active ? "admin.participants.activated" : "admin.participants.deactivated");
        list = null;
    }

    public ParticipantType getType() {
        return type;
    }

    public void setType(ParticipantType type) {
        this.type = type;
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

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public LocalDate getLicenceExpiry() {
        return licenceExpiry;
    }

    public void setLicenceExpiry(LocalDate licenceExpiry) {
        this.licenceExpiry = licenceExpiry;
    }
}
