package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Parties;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.trading.entity.Channel;
import org.parkchain.trading.entity.Contract;

/**
 * Who may see and do what in bilateral trading. Business rules: sales companies, large users and generators trade;
 * a channel's members are its two parties and the regulator; a non-member is told the channel does not exist (the
 * same answer as for a channel that does not), so not even its existence leaks; the regulator reads everything and
 * changes nothing.
 */
@Stateless
public class TradingMembers {
    public static final Set<ParticipantType> TRADERS = EnumSet.of(ParticipantType.SALES_COMPANY,
            ParticipantType.LARGE_USER, ParticipantType.GENERATOR);

    /** The caller: its participant, and whether it reads as the regulator. */
    public record Member(String username, long participant, ParticipantType type, boolean regulator) {
        public boolean trader() {
            return TRADERS.contains(type);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Parties parties;

    public Member who(String username) {
        UserAccount user = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException(
                "error.user.notFound", username));
        Participant p = parties.participant(user.participantId());
        return new Member(username, p.getId(), p.getType(), user.getRole() == Role.REGULATOR);
    }

    /** The caller as a trading party. @throws BusinessException for anyone who does not trade */
    public Member trader(String username) {
        Member m = who(username);
        if (!m.trader()) {
            throw new BusinessException("error.trading.notTrader");
        }
        return m;
    }

    /** A channel the caller is a member of. @throws NotFoundException for a non-member, exactly as for no channel */
    public Channel visible(Member m, long channelId) {
        Channel c = em.find(Channel.class, channelId);
        if (c == null || !(m.regulator() || c.hasParty(m.participant()))) {
            throw new NotFoundException("error.trading.channel.notFound", channelId);
        }
        return c;
    }

    /** A party acting in one of its channels. */
    public record ChannelParty(Member member, Channel channel) {
        public long party() {
            return member.participant();
        }
    }

    /** A channel the caller is a party of, to act in (the regulator reads only). */
    public ChannelParty asParty(String username, long channelId) {
        Member m = who(username);
        Channel c = visible(m, channelId);
        if (!c.hasParty(m.participant())) {
            throw new BusinessException("error.trading.readOnly");
        }
        return new ChannelParty(m, c);
    }

    /** The participant, if it is an active sales company, large user or generator. */
    public java.util.Optional<Participant> activeTrader(long id) {
        return java.util.Optional.ofNullable(parties.find(ParticipantId.of(id)))
                .filter(p -> p.isActive() && TRADERS.contains(p.getType()));
    }

    /** Locks both parties' rows, in id order: two openings or recordings for the same pair wait for each other. */
    public void lockPair(long a, long b) {
        em.createNativeQuery("SELECT id FROM participant WHERE id IN (?, ?) ORDER BY id FOR UPDATE")
                .setParameter(1, a).setParameter(2, b).getResultList();
    }

    /** Every trading participant, by name. */
    public List<Participant> traders() {
        return em.createQuery("SELECT p FROM Participant p WHERE p.type IN :types ORDER BY p.nameEn", Participant.class)
                .setParameter("types", TRADERS).getResultList();
    }

    /** A contract as the caller reaches it: who the caller is, the contract's channel, the contract. */
    public record ContractAccess(Member member, Channel channel, Contract contract) {
        /** The caller's participant, as one of the contract's parties. */
        public long party() {
            return member.participant();
        }
    }

    /** A contract the caller may see. @throws NotFoundException for a non-member, exactly as for no contract */
    public ContractAccess contract(String username, long contractId) {
        Member m = who(username);
        Contract k = em.find(Contract.class, contractId);
        Channel c = k == null ? null : em.find(Channel.class, k.getChannelId());
        if (c == null || !(m.regulator() || c.hasParty(m.participant()))) {
            throw new NotFoundException("error.trading.contract.notFound", contractId);
        }
        return new ContractAccess(m, c, k);
    }

    /** A contract the caller is a party of, to act on (the regulator reads only). */
    public ContractAccess contractAsParty(String username, long contractId) {
        ContractAccess a = contract(username, contractId);
        if (!a.channel().hasParty(a.party())) {
            throw new BusinessException("error.trading.readOnly");
        }
        return a;
    }

    /** Participants one may open a channel with: active traders other than oneself. */
    public List<Participant> counterparties(String username) {
        Member m = trader(username);
        return em.createQuery("SELECT p FROM Participant p WHERE p.type IN :types AND p.active = true AND p.id <> :me"
                        + " ORDER BY p.nameEn", Participant.class)
                .setParameter("types", TRADERS).setParameter("me", m.participant()).getResultList();
    }

    /** The pair's live channel (proposed or open), whoever opened it. */
    public java.util.Optional<Channel> liveChannel(long a, long b) {
        return em.createQuery("SELECT c FROM Channel c WHERE ((c.partyA = :a AND c.partyB = :b) OR (c.partyA = :b"
                        + " AND c.partyB = :a)) AND c.status IN :live", Channel.class).setParameter("a", a)
                .setParameter("b", b).setParameter("live", List.of(Channel.Status.PROPOSED, Channel.Status.OPEN))
                .getResultStream().findFirst();
    }

    /** The terms of a term sheet (what a contract awaiting copies was accepted on). */
    public org.parkchain.trading.control.ContractTerms sheetTerms(long termSheetId) {
        return em.find(org.parkchain.trading.entity.TermSheet.class, termSheetId).terms();
    }

    public String name(long participant, boolean chinese) {
        return parties.name(ParticipantId.of(participant), chinese);
    }
}
