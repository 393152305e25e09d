package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.trading.control.AttachmentTypes;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.TermsValidation;
import org.parkchain.trading.control.TradingAudit;
import org.parkchain.trading.entity.Attachment;
import org.parkchain.trading.entity.Channel;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.Note;
import org.parkchain.trading.entity.TermSheet;

/**
 * The negotiation log of an open channel. Business rules: either party records notes of the offline negotiation,
 * attaches files (PDF, image, CSV, XLSX, read from their bytes, up to {@code parkchain.trading.attachment-max-bytes})
 * and proposes term sheets; a new version counters (or, from the same party, replaces) the open one and supersedes a
 * contract still awaiting copies; the other party accepts the open version, which creates the contract both parties
 * then commit their copies to. Notes, files and versions are never changed; their hashes go on the ledger.
 */
@Stateless
public class Negotiation {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    TradingMembers members;

    @Inject
    @ConfigProperty(name = "parkchain.trading.attachment-max-bytes", defaultValue = "5242880")
    long maxAttachmentBytes;

    public Note note(String username, long channelId, String text) {
        TradingMembers.ChannelParty p = open(username, channelId);
        Channel c = p.channel();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > Note.MAX_LENGTH) {
            throw new BusinessException(List.of(new BusinessException.Problem("body", "error.trading.note.length",
                    Note.MAX_LENGTH)));
        }
        Note n = new Note(c.getId(), p.party(), username, body, clock.instant());
        em.persist(n);
        em.flush();
        outbox.record(TradingAudit.NOTED, n);
        return n;
    }

    public Attachment attach(String username, long channelId, String fileName, byte[] content) {
        TradingMembers.ChannelParty p = open(username, channelId);
        Channel c = p.channel();
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").strip();
        if (content == null || content.length == 0) {
            throw problem("file", "error.trading.file.empty");
        }
        if (content.length > maxAttachmentBytes) {
            throw problem("file", "error.trading.file.tooLarge", content.length, maxAttachmentBytes);
        }
        if (name.isEmpty() || name.length() > 200) {
            throw problem("file", "error.trading.file.name");
        }
        AttachmentTypes type = AttachmentTypes.sniff(content).orElseThrow(() -> problem("file",
                "error.trading.file.type", name));
        if (!type.fitsName(name)) {
            throw problem("file", "error.trading.file.nameMismatch", name, type.name());
        }
        Attachment a = new Attachment(c.getId(), p.party(), username, name,
                type.contentType(), content, Hashes.hex(Hashes.sha256(content)), clock.instant());
        em.persist(a);
        em.flush();
        outbox.record(TradingAudit.ATTACHED, a);
        return a;
    }

    public TermSheet propose(String username, long channelId, ContractTerms terms, String comment) {
        TradingMembers.ChannelParty p = open(username, channelId);
        Channel c = p.channel();
        long me = p.party();
        TermsValidation.check(terms, c.getPartyA(), c.getPartyB(), calendar.today()).throwIfAny();
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 1000) {
            throw problem("comment", "error.trading.sheet.comment", 1000);
        }
        em.lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Optional<TermSheet> latest = latest(c.getId());
        latest.ifPresent(s -> {
            if (s.getStatus() == TermSheet.Status.PROPOSED) {
                s.supersede(me, username, clock.instant());
                outbox.record(TradingAudit.SHEET_CLOSED, s);
            }
        });
        awaiting(c.getId()).ifPresent(k -> {
            k.supersede();
            outbox.record(TradingAudit.SUPERSEDED, k);
        });
        TermSheet sheet = new TermSheet(c.getId(), latest.map(TermSheet::getVersion).orElse(0) + 1, me, username, terms,
                note, clock.instant());
        em.persist(sheet);
        em.flush();
        outbox.record(TradingAudit.PROPOSED, sheet);
        return sheet;
    }

    /** The other party accepts the open version: the contract is created, awaiting both parties' copies. */
    public Contract accept(String username, long channelId, int version) {
        TradingMembers.ChannelParty p = open(username, channelId);
        Channel c = p.channel();
        em.lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        TermSheet sheet = latest(c.getId()).filter(s -> s.getVersion() == version).orElseThrow(() ->
                new BusinessException("error.trading.sheet.notLatest", version));
        sheet.accept(p.party(), username, clock.instant());
        Contract k = new Contract(c.getId(), sheet, clock.instant());
        em.persist(k);
        em.flush();
        outbox.record(TradingAudit.ACCEPTED, sheet);
        outbox.record(TradingAudit.CREATED, k);
        return k;
    }

    private TradingMembers.ChannelParty open(String username, long channelId) {
        TradingMembers.ChannelParty p = members.asParty(username, channelId);
        p.channel().requireOpen();
        return p;
    }

    /** The newest term sheet of a channel. */
    public Optional<TermSheet> latest(long channelId) {
        return em.createQuery("SELECT s FROM TermSheet s WHERE s.channelId = :c ORDER BY s.version DESC",
                TermSheet.class).setParameter("c", channelId).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Contract> awaiting(long channelId) {
        return em.createQuery("SELECT k FROM Contract k WHERE k.channelId = :c AND k.status = :s", Contract.class)
                .setParameter("c", channelId).setParameter("s", Contract.Status.AWAITING).getResultStream()
                .findFirst();
    }

    private static BusinessException problem(String field, String key, Object... args) {
        return new BusinessException(List.of(new BusinessException.Problem(field, key, args)));
    }
}
