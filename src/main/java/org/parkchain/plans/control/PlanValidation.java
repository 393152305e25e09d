package org.parkchain.plans.control;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.parkchain.plans.entity.PlanForm;
import org.parkchain.plans.entity.PlanTexts;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.Problems;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * What a sales company may publish: a name; prices above zero and at most {@value #MAX_PRICE} yuan per kWh; block
 * limits that increase, with one price more than limits; a discount smaller than every catalog price; a contracted
 * volume with a band of at most 50 % and penalty prices; a term of 1 to 60 months, notice of at most a year, fees
 * that are not negative, a green share in percent and a validity window that does not end before it starts.
 */
public final class PlanValidation {
    public static final double MAX_PRICE = 5;

    private PlanValidation() {
    }

    public static PlanTerms terms(PlanForm f, CatalogTariff catalog) {
        Problems p = new Problems();
        PlanTexts texts = f.texts();
        p.check((texts.nameEn() != null || texts.nameZh() != null) && length(texts.nameEn()) <= 120
                && length(texts.nameZh()) <= 120, "name", "error.plan.name");
        p.check(length(texts.descriptionEn()) <= 500 && length(texts.descriptionZh()) <= 500, "description",
                "error.plan.description");
        p.check(f.getType() != null, "type", "error.plan.type");
        PlanType type = f.getType() == null ? PlanType.FIXED : f.getType();
        double[] tou = new double[4];
        double[] limits = null;
        double[] blockPrices = null;
        switch (type) {
            case FIXED -> price(p, "price", f.getPrice());
            case TIME_OF_USE -> {
                BigDecimal[] given = {f.getSharp(), f.getPeak(), f.getFlat(), f.getValley()};
                for (TouPeriod period : TouPeriod.values()) {
                    if (price(p, period.name().toLowerCase(java.util.Locale.ROOT), given[period.ordinal()])) {
                        tou[period.ordinal()] = given[period.ordinal()].doubleValue();
                    }
                }
            }
            case TIERED -> {
                limits = list(p, "blockLimits", f.getBlockLimits(), false);
                blockPrices = list(p, "blockPrices", f.getBlockPrices(), true);
                if (limits != null) {
                    for (int k = 0; k < limits.length; k++) {
                        p.check(limits[k] > 0 && (k == 0 || limits[k] > limits[k - 1]), "blockLimits",
                                "error.plan.blockLimits");
                    }
                }
                if (limits != null && blockPrices != null) {
                    p.check(blockPrices.length == limits.length + 1, "blockPrices", "error.plan.blockCount",
                            limits.length + 1);
                }
            }
            case DISCOUNT -> {
                boolean ok = f.getDiscount() != null && f.getDiscount().signum() > 0;
                p.check(ok, "discount", "error.plan.discount");
                if (ok && catalog != null) {
                    double lowest = lowestCatalogPrice(catalog);
                    p.check(f.getDiscount().doubleValue() < lowest, "discount", "error.plan.discountTooLarge",
                            CanonicalJson.decimal(lowest));
                }
            }
            default -> throw new IllegalStateException();
        }
        double contracted = value(f.getContractedKwh());
        p.check(contracted >= 0, "contractedKwh", "error.plan.contracted");
        if (contracted > 0) {
            double band = value(f.getBandPercent());
            p.check(f.getBandPercent() != null && band >= 0 && band <= 50, "bandPercent", "error.plan.band");
            p.check(f.getOverPrice() != null && value(f.getOverPrice()) >= 0 && value(f.getOverPrice()) <= MAX_PRICE,
                    "overPrice", "error.plan.penaltyPrice");
            p.check(f.getUnderPrice() != null && value(f.getUnderPrice()) >= 0
                    && value(f.getUnderPrice()) <= MAX_PRICE, "underPrice", "error.plan.penaltyPrice");
        }
        p.check(f.getTermMonths() != null && f.getTermMonths() >= 1 && f.getTermMonths() <= 60, "termMonths",
                "error.plan.term");
        p.check(f.getNoticeDays() != null && f.getNoticeDays() >= 0 && f.getNoticeDays() <= 365, "noticeDays",
                "error.plan.notice");
        p.check(value(f.getEarlyExitFee()) >= 0 && value(f.getEarlyExitFee()) <= 100_000, "earlyExitFee",
                "error.plan.fee");
        p.check(value(f.getSignUpFee()) >= 0 && value(f.getSignUpFee()) <= 100_000, "signUpFee", "error.plan.fee");
        p.check(value(f.getGreenPercent()) >= 0 && value(f.getGreenPercent()) <= 100, "greenPercent",
                "error.plan.green");
        p.check(f.getValidFrom() != null, "validFrom", "error.plan.validFrom");
        p.check(f.getValidFrom() == null || f.getValidUntil() == null || !f.getValidUntil().isBefore(
                f.getValidFrom()), "validUntil", "error.plan.validUntil");
        p.throwIfAny();
        PlanTerms terms = new PlanTerms(type, value(f.getPrice()), tou, limits, blockPrices, value(f.getDiscount()),
                0, 0, 0, 0, 12, 30, 0, 0, 0);
        if (contracted > 0) {
            terms = terms.withVolume(contracted, value(f.getBandPercent()) / 100, value(f.getOverPrice()),
                    value(f.getUnderPrice()));
        }
        return terms.withConditions(f.getTermMonths(), f.getNoticeDays(), value(f.getEarlyExitFee()),
                value(f.getSignUpFee()), value(f.getGreenPercent()) / 100);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    public static PlanForm form(RetailPlan plan) {
        PlanTerms t = plan.terms();
        PlanForm f = new PlanForm();
        PlanTexts texts = plan.texts();
        f.setName(texts.nameEn());
        f.setNameZh(texts.nameZh());
        f.setDescription(texts.descriptionEn());
        f.setDescriptionZh(texts.descriptionZh());
        f.setType(t.type());
        f.setPrice(dec(t.fixedPrice()));
        f.setSharp(dec(t.touPrices()[0]));
        f.setPeak(dec(t.touPrices()[1]));
        f.setFlat(dec(t.touPrices()[2]));
        f.setValley(dec(t.touPrices()[3]));
        f.setBlockLimits(Arrays.stream(t.tierLimits()).mapToObj(CanonicalJson::decimal).collect(Collectors.joining(", ")));
        f.setBlockPrices(Arrays.stream(t.tierPrices()).mapToObj(CanonicalJson::decimal).collect(Collectors.joining(", ")));
        f.setDiscount(dec(t.discount()));
        f.setContractedKwh(dec(t.contractedKwh()));
        f.setBandPercent(dec(t.band() * 100));
        f.setOverPrice(dec(t.overPrice()));
        f.setUnderPrice(dec(t.underPrice()));
        f.setTermMonths(t.termMonths());
        f.setNoticeDays(t.noticeDays());
        f.setEarlyExitFee(dec(t.earlyExitFee()));
        f.setSignUpFee(dec(t.signUpFee()));
        f.setGreenPercent(dec(t.greenShare() * 100));
        f.setValidFrom(plan.getValidFrom());
        f.setValidUntil(plan.getValidUntil());
        return f;
    }

    public static double lowestCatalogPrice(CatalogTariff catalog) {
        double lowest = Double.MAX_VALUE;
        for (Month m : Month.values()) {
            for (TouPeriod period : TouPeriod.values()) {
                double price = catalog.price(m, period);
                if (price > 0) {
                    lowest = Math.min(lowest, price);
                }
            }
        }
        return lowest;
    }

    private static boolean price(Problems p, String field, BigDecimal value) {
        boolean ok = value != null && value.signum() > 0 && value.doubleValue() <= MAX_PRICE;
        p.check(ok, field, "error.plan.price", CanonicalJson.decimal(MAX_PRICE));
        return ok;
    }

    private static double[] list(Problems p, String field, String text, boolean prices) {
        List<Double> values = new ArrayList<>();
        for (String part : text == null ? new String[0] : text.split("[,，;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(new BigDecimal(part.trim()).doubleValue());
            } catch (NumberFormatException e) {
                p.add(field, "error.plan.list", part.trim());
                return null;
            }
        }
        if (values.isEmpty() || prices && values.stream().anyMatch(v -> !(v > 0 && v <= MAX_PRICE))) {
            p.add(field, prices ? "error.plan.blockPrices" : "error.plan.blockLimits");
            return null;
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double value(BigDecimal b) {
        return b == null ? 0 : b.doubleValue();
    }

    private static BigDecimal dec(double v) {
        return new BigDecimal(CanonicalJson.decimal(v));
    }
}
