package org.parkchain.trading.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.parkchain.platform.Problems;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.tariffs.control.TouPeriod;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.DayType;
import org.parkchain.trading.control.PriceKind;

/**
 * The term sheet form as a party fills it in: whether it sells or buys, the delivery period, each day type's profile
 * as text (kW values separated by commas, spaces or line breaks), the price, the band in percent, the penalties,
 * payment days and a comment. It starts from the latest terms and turns back into {@link ContractTerms}, refusing
 * text that is not numbers with the field named.
 */
public class TermsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private boolean selling;
    private LocalDate start;
    private LocalDate end;
    private final Map<DayType, String> profiles = new EnumMap<>(DayType.class);
    private PriceKind priceKind = PriceKind.FLAT;
    private BigDecimal flatPrice;
    private final BigDecimal[] touPrices = new BigDecimal[TouPeriod.ALL.length];
    private BigDecimal bandPercent = BigDecimal.TEN;
    private BigDecimal overPenalty = BigDecimal.ZERO;
    private BigDecimal underPenalty = BigDecimal.ZERO;
    private Integer paymentDays = 15;
    private String comment;

    /** The form filled with {@code t}, seen from participant {@code me}. */
    public static TermsForm of(ContractTerms t, long me) {
        TermsForm f = new TermsForm();
        f.selling = t.sellerId() == me;
        f.start = t.start();
        f.end = t.end();
        for (DayType type : DayType.ALL) {
            f.profiles.put(type, values(t.values(type)));
        }
        f.priceKind = t.priceKind();
        f.flatPrice = t.priceKind() == PriceKind.FLAT ? decimal(t.flatPrice()) : null;
        for (TouPeriod p : TouPeriod.ALL) {
            f.touPrices[p.ordinal()] = t.priceKind() == PriceKind.TIME_OF_USE ? decimal(t.touPrices()[p.ordinal()])
                    : null;
        }
        f.bandPercent = decimal(t.band() * 100);
        f.overPenalty = decimal(t.overPenalty());
        f.underPenalty = decimal(t.underPenalty());
        f.paymentDays = t.paymentDays();
        return f;
    }

    /** The terms the form says, between {@code me} and {@code other}. */
    public ContractTerms terms(long me, long other) {
        Problems p = new Problems();
        Map<DayType, double[]> profile = new EnumMap<>(DayType.class);
        for (DayType type : DayType.ALL) {
            profile.put(type, parse(profiles.getOrDefault(type, ""), "profile" + type.name(), p));
        }
        p.throwIfAny();
        double[] tou = new double[TouPeriod.ALL.length];
        for (TouPeriod period : TouPeriod.ALL) {
            tou[period.ordinal()] = value(touPrices[period.ordinal()]);
        }
        return new ContractTerms(selling ? me : other, selling ? other : me, start, end, profile, priceKind,
                value(flatPrice), tou, value(bandPercent) / 100, value(overPenalty), value(underPenalty),
                paymentDays == null ? 0 : paymentDays);
    }

    public void setProfile(DayType type, double[] kw) {
        profiles.put(type, values(kw));
    }

    private static double[] parse(String text, String field, Problems p) {
        String[] parts = text.strip().isEmpty() ? new String[0] : text.strip().split("[,;\\s]+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                p.add(field, "error.trading.form.profileNumber", i + 1, parts[i]);
                return new double[0];
            }
        }
        return v;
    }

    private static String values(double[] kw) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kw.length; i++) {
            b.append(i == 0 ? "" : i % 12 == 0 ? "\n" : ", ").append(CanonicalJson.decimal(kw[i]));
        }
        return b.toString();
    }

    private static BigDecimal decimal(double v) {
        return new BigDecimal(CanonicalJson.decimal(v));
    }

    private static double value(BigDecimal d) {
        return d == null ? 0 : d.doubleValue();
    }

    public boolean isSelling() {
        return selling;
    }

    public void setSelling(boolean selling) {
        this.selling = selling;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public Map<DayType, String> getProfiles() {
        return profiles;
    }

    public PriceKind getPriceKind() {
        return priceKind;
    }

    public void setPriceKind(PriceKind priceKind) {
        this.priceKind = priceKind;
    }

    public BigDecimal getFlatPrice() {
        return flatPrice;
    }

    public void setFlatPrice(BigDecimal flatPrice) {
        this.flatPrice = flatPrice;
    }

    public BigDecimal[] getTouPrices() {
        return touPrices;
    }

    public BigDecimal getBandPercent() {
        return bandPercent;
    }

    public void setBandPercent(BigDecimal bandPercent) {
        this.bandPercent = bandPercent;
    }

    public BigDecimal getOverPenalty() {
        return overPenalty;
    }

    public void setOverPenalty(BigDecimal overPenalty) {
        this.overPenalty = overPenalty;
    }

    public BigDecimal getUnderPenalty() {
        return underPenalty;
    }

    public void setUnderPenalty(BigDecimal underPenalty) {
        this.underPenalty = underPenalty;
    }

    public Integer getPaymentDays() {
        return paymentDays;
    }

    public void setPaymentDays(Integer paymentDays) {
        this.paymentDays = paymentDays;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
