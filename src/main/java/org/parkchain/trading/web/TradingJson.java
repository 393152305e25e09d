package org.parkchain.trading.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.trading.boundary.ChannelRecords;
import org.parkchain.trading.control.TermsDiff;
import org.parkchain.trading.control.TermsJson;
import org.parkchain.trading.entity.Attachment;
import org.parkchain.trading.entity.Channel;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.ContractCopy;
import org.parkchain.trading.entity.Note;
import org.parkchain.trading.entity.TermSheet;

/** Channels, their logs and contracts as the REST API returns them (to members only). */
final class TradingJson {
    private TradingJson() {
    }

    static JsonObjectBuilder channel(Channel c) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", c.getId()).add("partyA", c.getPartyA())
                .add("partyB", c.getPartyB()).add("status", c.getStatus().name()).add("topic", c.getTopic())
                .add("openedBy", c.getOpenedBy()).add("openedAt", c.getOpenedAt().toString());
        CanonicalJson.addNullable(b, "decidedBy", c.getDecidedBy());
        CanonicalJson.addNullable(b, "decidedAt", c.getDecidedAt());
        return b;
    }

    static JsonObject log(ChannelRecords.Log log) {
        JsonArrayBuilder notes = CanonicalJson.JSON.createArrayBuilder();
        for (Note n : log.notes()) {
            notes.add(CanonicalJson.JSON.createObjectBuilder().add("id", n.getId()).add("participant",
                    n.getParticipant()).add("username", n.getUsername()).add("body", n.getBody())
                    .add("createdAt", n.getCreatedAt().toString()));
        }
        JsonArrayBuilder files = CanonicalJson.JSON.createArrayBuilder();
        for (Attachment a : log.files()) {
            files.add(file(a));
        }
        JsonArrayBuilder sheets = CanonicalJson.JSON.createArrayBuilder();
        for (TermSheet s : log.sheets()) {
            sheets.add(sheet(s));
        }
        JsonArrayBuilder contracts = CanonicalJson.JSON.createArrayBuilder();
        for (Contract k : log.contracts()) {
            contracts.add(contract(k, log.copiesOf(k.getId())));
        }
        return channel(log.channel()).add("notes", notes).add("files", files).add("termSheets", sheets)
                .add("contracts", contracts).build();
    }

    static JsonObjectBuilder file(Attachment a) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", a.getId()).add("participant", a.getParticipant())
                .add("username", a.getUsername()).add("name", a.getFileName()).add("contentType", a.getContentType())
                .add("size", a.getSizeBytes()).add("sha256", a.getSha256()).add("createdAt", a.getCreatedAt().toString());
    }

    static JsonObjectBuilder sheet(TermSheet s) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", s.getId())
                .add("version", s.getVersion()).add("participant", s.getParticipant()).add("username", s.getUsername())
                .add("status", s.getStatus().name()).add("termsHash", s.getTermsHash())
                .add("terms", TermsJson.json(s.terms())).add("createdAt", s.getCreatedAt().toString());
        CanonicalJson.addNullable(b, "comment", s.getComment());
        CanonicalJson.addNullable(b, "decidedBy", s.getDecidedBy());
        return b;
    }

    static JsonObject contract(Contract k, List<ContractCopy> copies) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", k.getId())
                .add("channelId", k.getChannelId()).add("termSheetId", k.getTermSheetId()).add("seller", k.getSeller())
                .add("buyer", k.getBuyer()).add("status", k.getStatus().name())
                .add("createdAt", k.getCreatedAt().toString());
        CanonicalJson.addNullable(b, "termsHash", k.getTermsHash());
        CanonicalJson.addNullable(b, "startsOn", k.getStartsOn());
        CanonicalJson.addNullable(b, "endsOn", k.getEndsOn());
        CanonicalJson.addNullable(b, "activatedAt", k.getActivatedAt());
        CanonicalJson.addNullable(b, "recordedBy", k.getRecordedBy());
        CanonicalJson.addNullable(b, "recordedReference", k.getRecordedReference());
        if (k.terms() != null) {
            b.add("terms", TermsJson.json(k.terms()));
        }
        JsonArrayBuilder list = CanonicalJson.JSON.createArrayBuilder();
        for (ContractCopy c : copies) {
            list.add(CanonicalJson.JSON.createObjectBuilder().add("id", c.getId()).add("participant", c.getParticipant())
                    .add("sequence", c.getSequence()).add("username", c.getUsername()).add("status", c.getStatus().name())
                    .add("termsHash", c.getTermsHash()).add("fingerprint", c.getFingerprint())
                    .add("committedAt", c.getCommittedAt().toString()));
        }
        b.add("copies", list);
        List<TermsDiff.Difference> diff = CopyPairs.lastMismatch(copies, k.getSeller());
        JsonArrayBuilder differences = CanonicalJson.JSON.createArrayBuilder();
        for (TermsDiff.Difference d : diff) {
            JsonObjectBuilder x = CanonicalJson.JSON.createObjectBuilder().add("field", d.path());
            differences.add(x.add("seller", d.mine()).add("buyer", d.theirs()));
        }
        return b.add("lastMismatch", differences).build();
    }
}
