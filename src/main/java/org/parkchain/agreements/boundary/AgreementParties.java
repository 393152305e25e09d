package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;

/** Who a user acts for in agreements: the resident or the sales company its account belongs to. */
@Stateless
public class AgreementParties {
    @Inject
    Accounts accounts;

    @Inject
    Participants participants;

    public long resident(String username) {
        return of(username, ParticipantType.RESIDENT);
    }

    public long sales(String username) {
        return of(username, ParticipantType.SALES_COMPANY);
    }

    public Participant participant(long id) {
        return participants.get(ParticipantId.of(id));
    }

    public String name(long participantId, boolean chinese) {
        Participant p = participant(participantId);
        return chinese ? p.getNameZh() : p.getNameEn();
    }

    private long of(String username, ParticipantType type) {
        UserAccount user = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException(
                "error.user.notFound", username));
        Participant p = participants.get(user.participantId());
        if (p.getType() != type) {
            throw new BusinessException("error.agreements.wrongParty");
        }
        return p.getId();
    }
}
