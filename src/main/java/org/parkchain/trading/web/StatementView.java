package org.parkchain.trading.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.web.SigningStep;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.trading.boundary.Statements;
import org.parkchain.trading.control.Settlement;
import org.parkchain.trading.control.StatementFigures;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.Statement;

/**
 * A contract's monthly statements with their arithmetic shown line by line (contracted and delivered energy per day
 * type and period, the band, what is priced and what is penalised), confirming one through the signing step, and
 * disputing it with a reason.
 */
@Named("statementView")
@ViewScoped
public class StatementView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Statements statements;

    @Inject
    ChannelView channel;

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

    @Inject
    org.parkchain.trading.boundary.Deliveries deliveries;

    private String reason;
    private long confirming;
    private transient java.util.Map<Long, List<Statement>> byContract;
    private transient jakarta.servlet.http.Part agreedFile;

    /** A contract's statements, read once for the view (rendering asks several times) and again after its changes. */
    public List<Statement> of(Contract k) {
        if (k.getStatus() != Contract.Status.ACTIVE) {
            return List.of();
        }
        if (byContract == null) {
            byContract = new java.util.HashMap<>();
        }
        return byContract.computeIfAbsent(k.getId(), id -> statements.ofContract(currentUser.name(), id));
    }

    public Settlement.Result figures(Statement s) {
        return StatementFigures.read(s.getFigures());
    }

    /** "0.45 × min(1,020, 1,100) = 459.00" for a line's energy amount. */
    public String arithmetic(Settlement.Line l) {
        return messages.text("trading.statement.arithmetic", kwh(l.price(), 4), kwh(l.deliveredKwh(), 3),
                kwh(l.upperKwh(), 3), money(l.energyAmount()));
    }

    private String money(java.math.BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(localeView.getLocale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    public String kwh(double v, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(localeView.getLocale());
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }

    public boolean mayConfirm(Contract k, Statement s) {
        long me = currentUser.participantId().value();
        return k.hasParty(me) && s.getStatus() == Statement.Status.AWAITING
                && (me == k.getSeller() ? s.getSellerConfirmedAt() : s.getBuyerConfirmedAt()) == null;
    }

    public boolean mayDispute(Contract k, Statement s) {
        return k.hasParty(currentUser.participantId().value()) && s.getStatus() == Statement.Status.AWAITING;
    }

    public void confirm(long statementId) {
        try {
            JsonObject payload = statements.confirmPayload(currentUser.name(), statementId);
            signing.open(currentUser.name(), Statements.CONFIRM, payload, signingText.statement(payload));
            confirming = statementId;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void confirmSigned() {
        try {
            HeldKeys.Signed signed = signing.sign(currentUser.name());
            Statement s = statements.confirm(currentUser.name(), confirming, signing.payload(), signed.signature(),
                    signed.certificatePem());
            signing.close();
            byContract = null;
            messages.info(s.getStatus() == Statement.Status.CONFIRMED ? "trading.statement.confirmedBoth"
                    : "trading.statement.confirmed");
        } catch (BusinessException e) {
            signing.refused(e);
            messages.refused(e);
        }
    }

    public void dispute(long statementId) {
        try {
            statements.dispute(currentUser.name(), statementId, reason);
            reason = null;
            byContract = null;
            messages.info("trading.statement.disputed");
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    /** A party enters delivery figures agreed with the other party (CSV), where the meters gave none. */
    public void uploadAgreed(long contractId) {
        if (org.parkchain.platform.web.Uploads.refuseMissingOrEmpty(agreedFile, messages)) {
            return;
        }
        try (java.io.InputStream in = agreedFile.getInputStream()) {
            String csv = new String(in.readNBytes(16 * 1024 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            int issued = deliveries.enterAgreed(currentUser.name(), contractId, csv).statements().size();
            byContract = null;
            messages.info("trading.delivery.imported", issued);
        } catch (BusinessException e) {
            messages.refused(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public jakarta.servlet.http.Part getAgreedFile() {
        return agreedFile;
    }

    public void setAgreedFile(jakarta.servlet.http.Part agreedFile) {
        this.agreedFile = agreedFile;
    }

    public SigningStep getSigning() {
        return signing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
