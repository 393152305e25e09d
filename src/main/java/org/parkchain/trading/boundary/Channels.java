package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.parkchain.identity.entity.Participant;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.Problems;
import org.parkchain.platform.i18n.Localized;
import org.parkchain.trading.control.TradingAudit;
import org.parkchain.trading.entity.Channel;

/**
 * Opening private channels. Business rules: a trader opens a channel with another active trader, naming its topic; the
 * invited party accepts or declines; one live channel (proposed or open) per pair, whoever opened it. Every step is
 * recorded on the ledger with the parties' ids only.
 */
@Stateless
public class Channels {
    public static final int MAX_TOPIC = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    TradingMembers members;

    public Channel open(String username, long counterparty, String topic) {
        TradingMembers.Member me = members.trader(username);
        Problems p = new Problems();
        String t = topic == null ? "" : topic.strip();
        p.check(!t.isEmpty() && t.length() <= MAX_TOPIC, "topic", "error.trading.channel.topic", MAX_TOPIC);
        Participant other = counterparty == me.participant() ? null
                : members.activeTrader(counterparty).orElse(null);
        p.check(other != null, "counterparty", "error.trading.channel.counterparty");
        p.throwIfAny();
        members.lockPair(me.participant(), counterparty);
        if (members.liveChannel(me.participant(), counterparty).isPresent()) {
            throw new BusinessException(List.of(new BusinessException.Problem("counterparty",
                    "error.trading.channel.duplicate", Localized.names(other.getNameEn(), other.getNameZh()))));
        }
        Channel c = new Channel(me.participant(), counterparty, t, username, clock.instant());
        em.persist(c);
        em.flush();
        outbox.record(TradingAudit.OPENED, c);
        return c;
    }

    public Channel decide(String username, long channelId, boolean accept) {
        TradingMembers.ChannelParty p = members.asParty(username, channelId);
        Channel c = p.channel();
        c.decide(p.party(), accept, username, clock.instant());
        em.flush();
        outbox.record(TradingAudit.DECIDED, c);
        return c;
    }

    /** The caller's channels (every channel for the regulator), newest first. */
    public List<Channel> list(String username) {
        TradingMembers.Member m = members.who(username);
        if (m.regulator()) {
            return em.createQuery("SELECT c FROM Channel c ORDER BY c.id DESC", Channel.class).getResultList();
        }
        return em.createQuery("SELECT c FROM Channel c WHERE c.partyA = :p OR c.partyB = :p ORDER BY c.id DESC",
                Channel.class).setParameter("p", m.participant()).getResultList();
    }

    public Channel get(String username, long channelId) {
        return members.visible(members.who(username), channelId);
    }
}
