package org.parkchain.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.platform.web.LocaleView;

/** Participants' names in the page's language, for tables that hold participant ids (read once per request). */
@Named("participantNames")
@RequestScoped
public class ParticipantNames {
    @Inject
    Participants participants;

    @Inject
    LocaleView localeView;

    private Map<Long, Participant> byId;

    /** The participant's name, or its id when it is unknown. */
    public String name(long participantId) {
        Participant p = byId().get(participantId);
        return p == null ? "#" + participantId : p.name(localeView.getLocale());
    }

    /** The participant's type (enum name), or an empty string when it is unknown. */
    public String type(long participantId) {
        Participant p = byId().get(participantId);
        return p == null ? "" : p.getType().name();
    }

    private Map<Long, Participant> byId() {
        if (byId == null) {
            byId = participants.all().stream().collect(Collectors.toMap(Participant::getId, Function.identity()));
        }
        return byId;
    }
}
