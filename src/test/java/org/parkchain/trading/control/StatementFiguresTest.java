package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A statement's figures survive being kept as canonical JSON, and its largest deviation is what the lines say. */
class StatementFiguresTest {
    @Test
    void figuresReadBackAsTheyWereAndTheLargestDeviationIsFound() {
        SettlementTest hand = new SettlementTest();
        Settlement.Result r = Settlement.settle(hand.terms, SettlementTest.FEB, hand.tariff,
                hand.delivered(836, 3420, 804, 60));
        String kept = StatementFigures.canonical(r);
        assertEquals(kept, StatementFigures.canonical(StatementFigures.read(kept)));
        assertEquals(r.amountDue(), StatementFigures.read(kept).amountDue());
        // the holiday line: 60 delivered against 48 contracted, 25 % over
        assertEquals(0.25, StatementFigures.maxDeviation(r), 1e-12);
    }
}
