package org.parkchain.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;

/**
 * Who a user acts for, as other features ask it: the participant its account belongs to, which must be of the type the
 * feature serves (a resident signs agreements, a sales company publishes plans), and participants' names for labels.
 */
@Stateless
public class Parties {
    @Inject
    Accounts accounts;

    @Inject
    Participants participants;

    @Inject
    ParticipantDirectory directory;

    /** @throws BusinessException {@code error.agreements.wrongParty} when the user's participant is of another type */
    public ParticipantId actingAs(String username, ParticipantType type) {
        UserAccount user = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException(
                "error.user.notFound", username));
        Participant p = participants.get(user.participantId());
        if (p.getType() != type) {
            throw new BusinessException("error.agreements.wrongParty");
        }
        return p.participantId();
    }

    public Participant participant(ParticipantId id) {
        return participants.get(id);
    }

    /** The participant, or null when there is none with this id. */
    public Participant find(ParticipantId id) {
        return participants.find(id).orElse(null);
    }

    /** For labels: read from the node's {@link ParticipantDirectory} (kept a few seconds). */
    public String name(ParticipantId id, boolean chinese) {
        return directory.name(id, chinese);
    }
}
