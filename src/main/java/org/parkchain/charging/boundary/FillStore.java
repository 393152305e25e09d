package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.parkchain.charging.entity.Fill;

/**
 * Writes fills as one JDBC batch on the transaction's connection (a P2P acceptance makes two per slot, a clearing one
 * per order and slot); read them back through {@link Fill} as usual. The caller has flushed once, so that the
 * transaction holds its connection.
 */
@Stateless
public class FillStore {
    private static final String INSERT = "INSERT INTO charging_fill (transformer_id, day, slot, station_id, side, kw, "
            + "price, amount_cny, source, clearing_id, order_id, offer_id, acceptance_id, counterparty, at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext
    EntityManager em;

    public void insert(List<Fill> fills) {
        if (fills.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            for (Fill f : fills) {
                s.setLong(1, f.getTransformerId());
                s.setDate(2, Date.valueOf(f.getDay()));
                s.setInt(3, f.getSlot());
                s.setLong(4, f.getStationId());
                s.setString(5, f.getSide().name());
                s.setBigDecimal(6, f.getKw());
                s.setBigDecimal(7, f.getPrice());
                s.setBigDecimal(8, f.getAmountCny());
                s.setString(9, f.getSource().name());
                reference(s, 10, f.getClearingId());
                reference(s, 11, f.getOrderId());
                reference(s, 12, f.getOfferId());
                reference(s, 13, f.getAcceptanceId());
                reference(s, 14, f.getCounterparty());
                s.setTimestamp(15, Timestamp.from(f.getAt()));
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + fills.size() + " fills", e);
        }
    }

    private static void reference(PreparedStatement s, int index, Long id) throws SQLException {
        if (id == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, id);
        }
    }
}
