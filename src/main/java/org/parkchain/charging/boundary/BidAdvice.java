package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.parkchain.charging.control.BidHelper;
import org.parkchain.charging.control.Position;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.Side;
import org.parkchain.charging.entity.StationRight;
import org.parkchain.platform.BusinessException;

/**
 * The bid helper for a station operator: from the station's requirement and its position in the allocated day, a
 * proposed price and quantity per slot ({@link BidHelper}); only for the caller's own station.
 */
@Stateless
public class BidAdvice {
    @PersistenceContext
    EntityManager em;

    @Inject
    TradeIntake intake;

    @Inject
    TradingBook book;

    @Inject
    TradingDesk desk;

    /** The helper's proposal, and the side it would choose by itself when {@code side} is null. */
    public BidHelper.Proposal propose(String username, Long stationId, LocalDate day, Side side) {
        ChargingStation station = intake.ownStation(intake.account(username), stationId);
        TradingBook.Day d = book.day(station.getTransformerId(), day);
        Position p = d.positions().get(station.getId());
        StationRight right = d.allocation().getRights().stream().filter(r -> r.getStationId().equals(station.getId()))
                .findFirst().orElse(null);
        if (p == null || right == null) {
            throw new BusinessException("error.trade.noRights", station.getCode(), day.toString());
        }
        Requirement q = em.find(Requirement.class, right.getRequirementId());
        BidHelper.Situation s = new BidHelper.Situation(q.getEnergyKwh().doubleValue(),
                q.getFlexibleShare().doubleValue(), p, desk.firstOpenSlot(day));
        if (side != null) {
            return BidHelper.propose(side, s, desk.terms());
        }
        BidHelper.Proposal buy = BidHelper.propose(Side.BUY, s, desk.terms());
        BidHelper.Proposal sell = BidHelper.propose(Side.SELL, s, desk.terms());
        // a station that still needs energy and cannot defer much buys; one that can defer sells
        return buy.any() && (buy.flexibility() < 0.5 || !sell.any()) ? buy : sell;
    }
}
