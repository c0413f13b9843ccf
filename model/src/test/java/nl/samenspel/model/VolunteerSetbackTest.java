package nl.samenspel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * recentSetback, kept between changes and summed over the weeks with setbacks only, is bit for bit
 * the sum the ledger had before: every setback loss of the last 13 weeks, week by week, cause by cause.
 */
class VolunteerSetbackTest {
    @Test
    void theSameDoubleAsTheWholeLedgerSummedInOrder() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            Volunteer v = new Volunteer(1, 1, null, 1, 0);
            int causes = QuitCause.MOTIVATION_LOSSES.length;
            double[][] ledger = new double[Volunteer.CAUSE_WEEKS][causes];
            int slot = 0;
            for (int step = 0; step < 300; step++) {
                int op = rnd.nextInt(10);
                if (op < 6) {
                    QuitCause c = QuitCause.MOTIVATION_LOSSES[rnd.nextInt(causes)];
                    double amount = rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble() * 0.05;
                    double before = v.motivation();
                    v.loseMotivation(c, amount);
                    if (amount > 0) ledger[slot][c.ordinal()] += Math.min(amount, before); // what the ledger books
                } else if (op < 8) {
                    v.endWeek();
                    slot = (slot + 1) % Volunteer.CAUSE_WEEKS;
                    java.util.Arrays.fill(ledger[slot], 0);
                } else if (op == 8) {
                    v.setMotivation(rnd.nextDouble());
                } else {
                    double s = 0;
                    for (int w = 0; w < Volunteer.CAUSE_WEEKS; w++) {
                        for (int c = 0; c < causes; c++) {
                            if (c != QuitCause.NO_COACHING.ordinal() && c != QuitCause.ROLE_AMBIGUITY.ordinal()) s += ledger[w][c];
                        }
                    }
                    assertEquals(Double.doubleToRawLongBits(s), Double.doubleToRawLongBits(v.recentSetback()), "trial " + trial + ", step " + step);
                }
            }
        }
    }
}
