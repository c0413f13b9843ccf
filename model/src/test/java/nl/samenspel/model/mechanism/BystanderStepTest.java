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

    @Property
    void theSplitOfPassiveOthersIsTheSameRuleWithoutIndifferentOnes(@ForAll @DoubleRange(min = 0, max = 2) double readiness,
                                                                  @ForAll @IntRange(min = 0, max = 20) int others,
                                                                  @ForAll @IntRange(min = 0, max = 20) int passive,
                                                                  @ForAll @DoubleRange(min = 0, max = 20) double indifference) {
        BystanderStep rule = new BystanderStep(0.3, 1.656, 1.083);
        assertEquals(rule.actChance(readiness, others, passive, false), rule.actChance(readiness, others, passive, 0, indifference, false), 0,
                "bit for bit: the care model's calls keep their meaning");
        assertEquals(rule.actChance(readiness, others, passive + 1, false), rule.actChance(readiness, others, passive, 1, 1.0, false), 0,
                "an indifferent other with weight 1 is one more passive other");
    }

    @Test
    void anIndifferentOtherWeighsAsSeveralHesitatingOnes() {
        BystanderStep rule = new BystanderStep(0.3, 1, 1);
        assertEquals(rule.actChance(1.0, 1, 6, false), rule.actChance(1.0, 1, 0, 1, 6.0, false), 1e-15);
        assertTrue(rule.actChance(1.0, 1, 0, 1, 6.0, false) < rule.actChance(1.0, 1, 1, 0, 6.0, false));
        assertEquals(0.3, rule.actChance(1.0, 1, 0, 1, 6.0, true), 0, "the named person does not discount");
        assertThrows(IllegalArgumentException.class, () -> rule.actChance(1.0, 1, 0, -1, 6.0, false));
        assertThrows(IllegalArgumentException.class, () -> rule.actChance(1.0, 1, 0, 1, Double.NaN, false));
    }
}
