package org.parkchain.trading.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.trading.boundary.Channels;
import org.parkchain.trading.boundary.TradingMembers;
import org.parkchain.trading.entity.Channel;

/** The caller's private channels (every channel for the regulator) and opening a new one. */
@Named("channelsView")
@ViewScoped
public class ChannelsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Channels channels;

    @Inject
    TradingMembers members;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    private Long counterparty;
    private String topic;
    private transient List<Channel> list;

    public List<Channel> getChannels() {
        if (list == null) {
            list = channels.list(currentUser.name());
        }
        return list;
    }

    public List<Participant> getCounterparties() {
        return members.counterparties(currentUser.name());
    }

    public String name(long participant) {
        return members.name(participant, localeView.isChinese());
    }

    /** The party of the channel that is not the caller (for the regulator: both). */
    public String other(Channel c) {
        long me = currentUser.participantId().value();
        return c.hasParty(me) ? name(c.otherParty(me)) : name(c.getPartyA()) + " · " + name(c.getPartyB());
    }

    public String participantName(Participant p) {
        return p.name(localeView.getLocale());
    }

    public String open() {
        try {
            Channel c = channels.open(currentUser.name(), counterparty == null ? 0 : counterparty, topic);
            messages.info("trading.channel.invited", name(c.getPartyB()));
            return "channel?faces-redirect=true&id=" + c.getId();
        } catch (BusinessException e) {
            messages.refused(e);
            return null;
        }
    }

    public Long getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(Long counterparty) {
        this.counterparty = counterparty;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
