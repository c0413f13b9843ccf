package nl.samenspel.model.mechanism;

import static org.junit.jupiter.api.Assertions.*;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BystanderStepTest {
    @Property
    void moreOthersWhoNoticedLowerEachPersonsChance(@ForAll @DoubleRange(min = 0.01, max = 1) double lone,
                                                   @ForAll @DoubleRange(min = 0.01, max = 10) double diffusion,
                                                   @ForAll @IntRange(min = 0, max = 30) int others) {
        BystanderStep b = new BystanderStep(lone, diffusion, 0);
        assertTrue(b.actChance(others + 1, 0, false) < b.actChance(others, 0, false));
    }

    @Property
    void visibleInactionLowersTheChance(@ForAll @DoubleRange(min = 0.01, max = 1) double lone,
                                        @ForAll @DoubleRange(min = 0.01, max = 10) double proof,
                                        @ForAll @IntRange(min = 0, max = 30) int passive) {
        BystanderStep b = new BystanderStep(lone, 0, proof);
        assertTrue(b.actChance(passive + 1, passive + 1, false) < b.actChance(passive + 1, passive, false));
    }

    @Test
    void theNamedFirstResponderDoesNotDiscount() {
        BystanderStep b = new BystanderStep(0.4, 2, 1);
        assertEquals(0.4, b.actChance(10, 10, true));
        assertEquals(0.4, b.actChance(0, 0, false));
        assertTrue(b.actChance(10, 10, false) < 0.4);
    }

    @Test
    void badParametersAreRejectedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BystanderStep(1.5, 0, 0)).getMessage().contains("lone rate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BystanderStep(0.5, -1, 0)).getMessage().contains("diffusion"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BystanderStep(0.5, 0, Double.NaN)).getMessage().contains("social proof"));
        assertThrows(IllegalArgumentException.class, () -> new BystanderStep(0.5, 0, 0).actChance(-1, 0, false));
    }
    @Test
    void readinessScalesTheChanceExactlyAsTheCareModelDidBeforeItExisted() {
        BystanderStep rule = new BystanderStep(0.4, 1.656, 0.1);
        float[] helpfulness = {0f, 0.13f, 0.6f, 0.87f, 1f};
        for (float h : helpfulness) {
            for (int n = 0; n < 6; n++) {
                for (int passive = 0; passive < 4; passive++) {
                    double before = h * rule.actChance(n, passive, false); // Noticing's former expression
                    assertEquals(before, rule.actChance(h, n, passive, false), 0, "bit for bit, so the care model's output is unchanged");
                }
            }
        }
        assertEquals(1.0, rule.actChance(5.0, 0, 0, false), 0, "a chance never exceeds 1");
        assertThrows(IllegalArgumentException.class, () -> rule.actChance(-0.5, 1, 0, false));
    }
}
