package org.parkchain.trading.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.web.SigningStep;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.LineProblem;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.trading.boundary.Commitments;
import org.parkchain.trading.boundary.Negotiation;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.DayType;
import org.parkchain.trading.control.ProfileCsv;
import org.parkchain.trading.control.TermsDiff;
import org.parkchain.trading.control.TermsText;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.ContractCopy;
import org.parkchain.trading.entity.TermSheet;
import org.parkchain.trading.entity.TermsForm;

/**
 * The terms in a channel: the term sheet form (propose or counter, a profile from CSV), accepting the other party's
 * open version, and the two-copy rule: committing one's copy through the signing step, withdrawing it, and where the
 * last two copies differed.
 */
@Named("termSheetView")
@ViewScoped
public class TermSheetView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ChannelView channel;

    @Inject
    Negotiation negotiation;

    @Inject
    Commitments commitments;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    SigningStep signing;

    @Inject
    TradingSigningText signingText;

    /** A field where the two copies differed, with each copy's value. */
    public record Mismatch(String field, String seller, String buyer) {
    }

    private TermsForm form;
    private transient Part profileFile;
    private long committingContract;

    public TermsForm getForm() {
        if (form == null) {
            form = latest().map(s -> TermsForm.of(s.terms(), channel.me())).orElseGet(TermsForm::new);
        }
        return form;
    }

    public Optional<TermSheet> latest() {
        List<TermSheet> sheets = channel.getLog() == null ? List.of() : channel.getLog().sheets();
        return sheets.isEmpty() ? Optional.empty() : Optional.of(sheets.get(sheets.size() - 1));
    }

    public int getLatestVersion() {
        return latest().map(TermSheet::getVersion).orElse(0);
    }

    /** The other party's open version, which the caller may accept. */
    public TermSheet getAcceptable() {
        return latest().filter(s -> s.getStatus() == TermSheet.Status.PROPOSED && s.getParticipant() != channel.me()
                && channel.isParty()).orElse(null);
    }

    /** The contract awaiting both parties' copies, if any (the caller commits its copy from the form). */
    public Contract getAwaiting() {
        if (channel.getLog() == null || !channel.isParty()) {
            return null;
        }
        return channel.getLog().contracts().stream().filter(k -> k.getStatus() == Contract.Status.AWAITING)
                .findFirst().orElse(null);
    }

    public List<TermsText.Line> lines(TermSheet s) {
        return TermsText.lines(s.terms(), localeView.getLocale(), channel::name);
    }

    public List<TermsText.Line> contractLines(Contract k) {
        ContractTerms t = k.terms();
        return t == null ? List.of() : TermsText.lines(t, localeView.getLocale(), channel::name);
    }

    public List<ContractCopy> copies(Contract k) {
        return channel.getLog().copiesOf(k.getId());
    }

    public boolean hasStandingCopy(Contract k) {
        return copies(k).stream().anyMatch(c -> c.getParticipant() == channel.me()
                && c.getStatus() == ContractCopy.Status.COMMITTED);
    }

    public List<Mismatch> mismatch(Contract k) {
        List<TermsDiff.Difference> diff = CopyPairs.lastMismatch(copies(k), k.getSeller());
        return diff.stream().map(d -> new Mismatch(TermsText.field(d, localeView.getLocale()), d.mine(), d.theirs()))
                .toList();
    }

    public void propose() {
        try {
            TermSheet s = negotiation.propose(currentUser.name(), channel.getId(), getForm().terms(channel.me(),
                    channel.other()), form.getComment());
            form.setComment(null);
            messages.info("trading.sheet.proposed", s.getVersion());
            channel.reload();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void accept(int version) {
        try {
            negotiation.accept(currentUser.name(), channel.getId(), version);
            messages.info("trading.sheet.accepted", version);
            channel.reload();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void uploadProfile() {
        if (profileFile == null || profileFile.getSize() == 0) {
            messages.error("error.csv.noFile");
            return;
        }
        try (InputStream in = profileFile.getInputStream()) {
            ProfileCsv.Result r = ProfileCsv.read(new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8));
            LineProblem.refuseIfAny(r.problems());
            for (DayType type : DayType.ALL) {
                getForm().setProfile(type, r.profile().get(type));
            }
            messages.info("trading.profile.loaded", r.profile().get(DayType.WEEKDAY).length);
        } catch (BusinessException e) {
            messages.refused(e);
        } catch (IOException e) {
            messages.error("error.csv.noFile");
        }
    }

    /** Opens the signing step for the caller's copy: the terms the form shows now. */
    public void commit(long contractId) {
        try {
            JsonObject payload = commitments.payload(currentUser.name(), contractId, getForm().terms(channel.me(),
                    channel.other()));
            signing.open(currentUser.name(), Commitments.COMMIT, payload, signingText.copy(payload));
            committingContract = contractId;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void confirmCommit() {
        try {
            HeldKeys.Signed signed = signing.sign(currentUser.name());
            ContractCopy copy = commitments.commit(currentUser.name(), committingContract, signing.payload(),
                    signed.signature(), signed.certificatePem());
            signing.close();
            channel.reload();
            messages.info(switch (copy.getStatus()) {
                case MATCHED -> "trading.copy.matched";
                case MISMATCHED -> "trading.copy.mismatched";
                default -> "trading.copy.committed";
            });
        } catch (BusinessException e) {
            signing.refused(e);
            messages.refused(e);
        }
    }

    public void withdraw(long contractId) {
        try {
            commitments.withdraw(currentUser.name(), contractId);
            messages.info("trading.copy.withdrawn");
            channel.reload();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public DayType[] getDayTypes() {
        return DayType.ALL;
    }

    public SigningStep getSigning() {
        return signing;
    }

    public Part getProfileFile() {
        return profileFile;
    }

    public void setProfileFile(Part profileFile) {
        this.profileFile = profileFile;
    }
}
