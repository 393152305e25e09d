package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parkchain.platform.NotFoundException;
import org.parkchain.trading.entity.Attachment;
import org.parkchain.trading.entity.Channel;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.ContractCopy;
import org.parkchain.trading.entity.Note;
import org.parkchain.trading.entity.TermSheet;

/**
 * Reading a channel, for its members only: the negotiation log (notes, files, term sheet versions), the contracts and
 * each party's copies. A non-member, and anybody asking for something of another channel, is told it does not exist.
 */
@Stateless
public class ChannelRecords {
    @PersistenceContext
    EntityManager em;

    @Inject
    TradingMembers members;

    /** Everything in a channel, oldest first. */
    public record Log(Channel channel, List<Note> notes, List<Attachment> files, List<TermSheet> sheets,
                      List<Contract> contracts, List<ContractCopy> copies) {
        public List<ContractCopy> copiesOf(long contractId) {
            return copies.stream().filter(c -> c.getContractId() == contractId).toList();
        }
    }

    public Log log(String username, long channelId) {
        Channel c = members.visible(members.who(username), channelId);
        long id = c.getId();
        return new Log(c, list("SELECT n FROM Note n WHERE n.channelId = :c ORDER BY n.id", Note.class, id),
                list("SELECT a FROM Attachment a WHERE a.channelId = :c ORDER BY a.id", Attachment.class, id),
                list("SELECT s FROM TermSheet s WHERE s.channelId = :c ORDER BY s.version", TermSheet.class, id),
                list("SELECT k FROM Contract k WHERE k.channelId = :c ORDER BY k.id", Contract.class, id),
                list("SELECT p FROM ContractCopy p, Contract k WHERE p.contractId = k.id AND k.channelId = :c"
                        + " ORDER BY p.id", ContractCopy.class, id));
    }

    /** One file of a channel, with its bytes. */
    public Attachment file(String username, long channelId, long fileId) {
        Channel c = members.visible(members.who(username), channelId);
        Attachment a = em.find(Attachment.class, fileId);
        if (a == null || a.getChannelId() != c.getId()) {
            throw new NotFoundException("error.trading.file.notFound", fileId);
        }
        return a;
    }

    /** A contract the caller may see (a party of it or the regulator). */
    public Contract contract(String username, long contractId) {
        return members.contract(username, contractId).contract();
    }

    /** A contract with its parties' copies, oldest first. */
    public record ContractCopies(Contract contract, List<ContractCopy> copies) {
    }

    public ContractCopies contractCopies(String username, long contractId) {
        Contract k = contract(username, contractId);
        return new ContractCopies(k, em.createQuery("SELECT p FROM ContractCopy p WHERE p.contractId = :k ORDER BY"
                + " p.id", ContractCopy.class).setParameter("k", contractId).getResultList());
    }

    /** The term sheet a contract was born from. */
    public TermSheet sheetOf(Contract k) {
        return em.find(TermSheet.class, k.getTermSheetId());
    }

    private <T> List<T> list(String jpql, Class<T> type, long channelId) {
        return em.createQuery(jpql, type).setParameter("c", channelId).getResultList();
    }
}
