package org.parkchain.plans.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.parkchain.plans.control.PlanType;

/**
 * A retail plan as a sales company enters it (admin screen or API): prices in yuan per kWh, block limits and prices
 * as comma-separated lists, the deviation band and the green share in percent. {@code RetailPlans} validates it with
 * {@code PlanValidation}.
 */
public class PlanForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String description;
    private String nameZh;
    private String descriptionZh;
    private PlanType type = PlanType.FIXED;
    private BigDecimal price;
    private BigDecimal sharp;
    private BigDecimal peak;
    private BigDecimal flat;
    private BigDecimal valley;
    private String blockLimits;
    private String blockPrices;
    private BigDecimal discount;
    private BigDecimal contractedKwh;
    private BigDecimal bandPercent;
    private BigDecimal overPrice;
    private BigDecimal underPrice;
    private Integer termMonths = 12;
    private Integer noticeDays = 30;
    private BigDecimal earlyExitFee;
    private BigDecimal signUpFee;
    private BigDecimal greenPercent;
    private LocalDate validFrom;
    private LocalDate validUntil;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    /** The names and descriptions as typed. */
    public PlanTexts texts() {
        return new PlanTexts(name, nameZh, description, descriptionZh);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public PlanType getType() {
        return type;
    }

    public void setType(PlanType type) {
        this.type = type;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getSharp() {
        return sharp;
    }

    public void setSharp(BigDecimal sharp) {
        this.sharp = sharp;
    }

    public BigDecimal getPeak() {
        return peak;
    }

    public void setPeak(BigDecimal peak) {
        this.peak = peak;
    }

    public BigDecimal getFlat() {
        return flat;
    }

    public void setFlat(BigDecimal flat) {
        this.flat = flat;
    }

    public BigDecimal getValley() {
        return valley;
    }

    public void setValley(BigDecimal valley) {
        this.valley = valley;
    }

    public String getBlockLimits() {
        return blockLimits;
    }

    public void setBlockLimits(String blockLimits) {
        this.blockLimits = blockLimits;
    }

    public String getBlockPrices() {
        return blockPrices;
    }

    public void setBlockPrices(String blockPrices) {
        this.blockPrices = blockPrices;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public void setDiscount(BigDecimal discount) {
        this.discount = discount;
    }

    public BigDecimal getContractedKwh() {
        return contractedKwh;
    }

    public void setContractedKwh(BigDecimal contractedKwh) {
        this.contractedKwh = contractedKwh;
    }

    public BigDecimal getBandPercent() {
        return bandPercent;
    }

    public void setBandPercent(BigDecimal bandPercent) {
        this.bandPercent = bandPercent;
    }

    public BigDecimal getOverPrice() {
        return overPrice;
    }

    public void setOverPrice(BigDecimal overPrice) {
        this.overPrice = overPrice;
    }

    public BigDecimal getUnderPrice() {
        return underPrice;
    }

    public void setUnderPrice(BigDecimal underPrice) {
        this.underPrice = underPrice;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(Integer noticeDays) {
        this.noticeDays = noticeDays;
    }

    public BigDecimal getEarlyExitFee() {
        return earlyExitFee;
    }

    public void setEarlyExitFee(BigDecimal earlyExitFee) {
        this.earlyExitFee = earlyExitFee;
    }

    public BigDecimal getSignUpFee() {
        return signUpFee;
    }

    public void setSignUpFee(BigDecimal signUpFee) {
        this.signUpFee = signUpFee;
    }

    public BigDecimal getGreenPercent() {
        return greenPercent;
    }

    public void setGreenPercent(BigDecimal greenPercent) {
        this.greenPercent = greenPercent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
