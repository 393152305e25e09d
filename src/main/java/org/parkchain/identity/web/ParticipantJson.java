package org.parkchain.identity.web;

import java.time.LocalDate;
import org.parkchain.identity.entity.Participant;

/** A participant as the REST API shows it. */
public record ParticipantJson(long id, String type, String nameEn, String nameZh, String creditCode,
                              String licenceNumber, LocalDate licenceExpiry, boolean active) {
    public static ParticipantJson of(Participant p) {
        return new ParticipantJson(p.getId(), p.getType().name(), p.getNameEn(), p.getNameZh(), p.getCreditCode(),
                p.getLicenceNumber(), p.getLicenceExpiry(), p.isActive());
    }
}
