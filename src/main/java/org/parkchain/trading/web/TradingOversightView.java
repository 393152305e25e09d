package org.parkchain.trading.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.trading.boundary.TradingMembers;
import org.parkchain.trading.boundary.TradingOversight;
import org.parkchain.trading.control.TermsText;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.Statement;

/** The regulator's bilateral trading page: contracts with filters and export, disputes, large deviations. */
@Named("tradingOversight")
@ViewScoped
public class TradingOversightView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TradingOversight oversight;

    @Inject
    TradingMembers members;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private Contract.Status status;
    private Long participant;
    private transient List<TradingOversight.ContractRow> rows;
    private transient List<Statement> disputes;
    private transient List<Statement> deviations;

    public List<TradingOversight.ContractRow> getContracts() {
        if (rows == null) {
            rows = oversight.contracts(currentUser.name(), status, participant);
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    public List<Statement> getDisputes() {
        if (disputes == null) {
            disputes = oversight.disputes(currentUser.name());
        }
        return disputes;
    }

    public List<Statement> getDeviations() {
        if (deviations == null) {
            deviations = oversight.deviations(currentUser.name());
        }
        return deviations;
    }

    public double getThresholdPercent() {
        return oversight.getDeviationThreshold() * 100;
    }

    public List<Participant> getTraders() {
        return members.traders();
    }

    public String name(long id) {
        return members.name(id, localeView.isChinese());
    }

    public String price(TradingOversight.ContractRow r) {
        return TermsText.price(r.terms(), localeView.getLocale());
    }

    public String period(TradingOversight.ContractRow r) {
        return TermsText.period(r.terms().start(), r.terms().end(), localeView.getLocale());
    }

    /** The export link with the filters in force. */
    public String getCsvQuery() {
        return "?status=" + (status == null ? "" : status.name()) + "&participant=" + (participant == null ? ""
                : participant);
    }

    public Contract.Status[] getStatuses() {
        return Contract.Status.values();
    }

    public Contract.Status getStatus() {
        return status;
    }

    public void setStatus(Contract.Status status) {
        this.status = status;
    }

    public Long getParticipant() {
        return participant;
    }

    public void setParticipant(Long participant) {
        this.participant = participant;
    }
}
