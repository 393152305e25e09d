package org.parkchain.charging.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a station operator types for a station's charging requirement on a day (all its vehicles together): energy in
 * kWh, minimum and maximum power in kW, the window from arrival to departure as park times ({@code HH:mm} on quarter
 * hours; departure {@code 24:00} is the day's end), willingness 1 to 5 (the weight in the allocation) and the share of
 * the energy that could be moved to another day or station (0 to 1). Its rules are in
 * {@link org.parkchain.charging.control.RequirementRules}.
 */
public record RequirementForm(Long stationId, LocalDate day, BigDecimal energyKwh, BigDecimal minKw,
                              BigDecimal maxKw, String arrival, String departure, Integer willingness,
                              BigDecimal flexibleShare) {
}
