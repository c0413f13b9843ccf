package nl.samenspel.model.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BystanderStepTest {
    private final BystanderStep rule = new BystanderStep(0.4, 1.656, 0.1);

    @Test
    void othersWhoNoticedAndVisibleInactionLowerTheChanceAndNamingRestoresIt() {
        assertEquals(0.4, rule.actChance(0, 0, false), 0);
        assertTrue(rule.actChance(1, 0, false) < rule.actChance(0, 0, false));
        assertTrue(rule.actChance(4, 0, false) < rule.actChance(1, 0, false));
        assertTrue(rule.actChance(4, 2, false) < rule.actChance(4, 0, false));
        assertEquals(0.4, rule.actChance(4, 2, true), 0);
        assertEquals(0.4 / (1 + 1.656 * 4) / (1 + 0.1 * 2), rule.actChance(4, 2, false), 1e-15);
    }

    @Test
    void readinessScalesTheChanceExactlyAsTheCareModelDidBeforeItExisted() {
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
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BystanderStep(1.1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new BystanderStep(0.5, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new BystanderStep(0.5, 1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> rule.actChance(-1, 0, false));
        assertThrows(IllegalArgumentException.class, () -> rule.actChance(-0.5, 1, 0, false));
    }
}
