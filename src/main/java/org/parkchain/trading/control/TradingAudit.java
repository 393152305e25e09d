package org.parkchain.trading.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.trading.entity.Attachment;
import org.parkchain.trading.entity.Channel;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.ContractCopy;
import org.parkchain.trading.entity.Note;
import org.parkchain.trading.entity.TermSheet;

/**
 * Bilateral trading on the shared ledger. Only party ids, hashes, signers' fingerprints and status changes are
 * recorded: a note and a file by the hash of their content, a term sheet and a copy by the hash of their terms, a
 * contract by its parties, its terms' hash and its status. Prices, volumes and texts stay in the channel.
 */
@Dependent
public class TradingAudit {
    @Produces
    public static final AuditedAggregate<Channel> CHANNEL = AuditedAggregate.entity("channel", Channel.class,
            Channel::getId, TradingAudit::channel);
    public static final AuditEvent<Channel> OPENED = CHANNEL.event("channel.opened");
    public static final AuditEvent<Channel> DECIDED = CHANNEL.event("channel.decided");

    @Produces
    public static final AuditedAggregate<Note> NOTE = AuditedAggregate.entity("channel-note", Note.class,
            Note::getId, TradingAudit::note);
    public static final AuditEvent<Note> NOTED = NOTE.event("channel.noted");

    @Produces
    public static final AuditedAggregate<Attachment> FILE = AuditedAggregate.entity("channel-file", Attachment.class,
            Attachment::getId, TradingAudit::file);
    public static final AuditEvent<Attachment> ATTACHED = FILE.event("channel.attached");

    @Produces
    public static final AuditedAggregate<TermSheet> SHEET = AuditedAggregate.entity("term-sheet", TermSheet.class,
            TermSheet::getId, TradingAudit::sheet);
    public static final AuditEvent<TermSheet> PROPOSED = SHEET.event("terms.proposed");
    public static final AuditEvent<TermSheet> SHEET_CLOSED = SHEET.event("terms.superseded");
    public static final AuditEvent<TermSheet> ACCEPTED = SHEET.event("terms.accepted");

    @Produces
    public static final AuditedAggregate<Contract> CONTRACT = AuditedAggregate.entity("contract", Contract.class,
            Contract::getId, TradingAudit::contract);
    public static final AuditEvent<Contract> CREATED = CONTRACT.event("contract.created");
    public static final AuditEvent<Contract> ACTIVATED = CONTRACT.event("contract.activated");
    public static final AuditEvent<Contract> SUPERSEDED = CONTRACT.event("contract.superseded");
    public static final AuditEvent<Contract> RECORDED = CONTRACT.event("contract.recorded");

    @Produces
    public static final AuditedAggregate<ContractCopy> COPY = AuditedAggregate.entity("contract-copy",
            ContractCopy.class, ContractCopy::getId, TradingAudit::copy);
    public static final AuditEvent<ContractCopy> COMMITTED = COPY.event("copy.committed");
    public static final AuditEvent<ContractCopy> COPY_CLOSED = COPY.event("copy.closed");

    TradingAudit() {
    }

    private static JsonObject channel(Channel c) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", c.getId()).add("partyA", c.getPartyA())
                .add("partyB", c.getPartyB()).add("status", c.getStatus().name()).add("openedBy", c.getOpenedBy())
                .add("decidedBy", c.getDecidedBy() == null ? "" : c.getDecidedBy()).build();
    }

    private static JsonObject note(Note n) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", n.getId()).add("channelId", n.getChannelId())
                .add("participant", n.getParticipant()).add("bodyHash", Hashes.sha256Hex(n.getBody())).build();
    }

    private static JsonObject file(Attachment a) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", a.getId()).add("channelId", a.getChannelId())
                .add("participant", a.getParticipant()).add("sha256", a.getSha256()).build();
    }

    private static JsonObject sheet(TermSheet s) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", s.getId()).add("channelId", s.getChannelId())
                .add("version", s.getVersion()).add("participant", s.getParticipant())
                .add("termsHash", s.getTermsHash()).add("status", s.getStatus().name()).build();
    }

    /** A contract's record; {@code recordedBy} and the reference's hash only for contracts signed before ParkChain. */
    private static JsonObject contract(Contract c) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", c.getId())
                .add("channelId", c.getChannelId()).add("termSheetId", c.getTermSheetId()).add("seller", c.getSeller())
                .add("buyer", c.getBuyer()).add("status", c.getStatus().name())
                .add("termsHash", c.getTermsHash() == null ? "" : c.getTermsHash());
        if (c.isRecorded()) {
            b.add("recordedBy", c.getRecordedBy()).add("referenceHash", Hashes.sha256Hex(c.getRecordedReference()));
        }
        return b.build();
    }

    private static JsonObject copy(ContractCopy c) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", c.getId()).add("contractId", c.getContractId())
                .add("participant", c.getParticipant()).add("sequence", c.getSequence())
                .add("termsHash", c.getTermsHash()).add("fingerprint", c.getFingerprint())
                .add("status", c.getStatus().name()).build();
    }
}
