package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import nl.samenspel.model.Need;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class NeedsAriseTest {
    @Test
    void noNeedsWhenTheChanceIsZero() {
        World w = tinyWorld("population.need_chance=0");
        for (int i = 0; i < 20; i++) new NeedsArise().step(w);
        assertTrue(w.openNeeds().isEmpty());
    }

    @Test
    void aResidentWithAnOpenNeedGetsNoSecond() {
        World w = tinyWorld();
        Arrays.fill(w.residents.vulnerability, 1f);
        new NeedsArise().step(w);
        new NeedsArise().step(w);
        assertEquals(w.residents.count, w.openNeedCount());
        assertEquals(w.residents.count, w.ledger.arisen());
        for (int i = 0; i < w.residents.count; i++) assertEquals(1, w.residents.hasNeed[i]);
    }

    @Test
    void heavyShareSetsTheKind() {
        World w = tinyWorld("population.heavy_share=1");
        Arrays.fill(w.residents.vulnerability, 1f);
        new NeedsArise().step(w);
        for (Need n : w.openNeeds()) assertEquals(Need.Kind.HEAVY, n.kind);
    }

    @Test
    void theAgeingTrendRaisesDemandOverTheYears() {
        World early = tinyWorld("population.ageing_trend=0.3", "population.residents=2000", "simulation.years=11");
        World late = tinyWorld("population.ageing_trend=0.3", "population.residents=2000", "simulation.years=11");
        late.week = 520;
        new NeedsArise().step(early);
        new NeedsArise().step(late);
        assertTrue(late.openNeeds().size() > 3 * Math.max(1, early.openNeeds().size()),
                "ten years of a 30% trend: " + early.openNeeds().size() + " needs then " + late.openNeeds().size());
    }

    /** MODEL.md section 2, light needs: "practical help, company, a lift"; company and a weekly lift recur weekly for some weeks. */
    @Test
    void aShareOfLightNeedsRecurWeekly() {
        World w = tinyWorld("population.residents=2000", "population.heavy_share=0", "needs.recurring_share=0.3",
                "needs.recurring_hours=2", "needs.recurring_weeks=10");
        Arrays.fill(w.residents.vulnerability, 1f);
        new NeedsArise().step(w);
        long recurring = w.openNeeds().stream().filter(n -> n.weeklyHours == 2).count();
        assertEquals(0.3, recurring / 2000.0, 0.04);
        double meanWeeks = w.openNeeds().stream().filter(n -> n.weeklyHours == 2).mapToDouble(n -> n.hoursLeft / 2).average().orElseThrow();
        assertEquals(10, meanWeeks, 1.5, "weeks go on about recurring_weeks");
        assertTrue(w.openNeeds().stream().filter(n -> n.weeklyHours != 2).allMatch(n -> Double.isInfinite(n.weeklyHours)), "the rest are one-off jobs");
    }

    @Test
    void needsAreAtLeastTheSmallestSize() {
        World w = tinyWorld("population.residents=2000", "population.min_need_hours=3", "needs.recurring_share=0");
        Arrays.fill(w.residents.vulnerability, 1f);
        new NeedsArise().step(w);
        assertTrue(w.openNeeds().stream().allMatch(n -> n.hoursLeft >= 3));
        assertTrue(w.openNeeds().stream().anyMatch(n -> n.hoursLeft == 3));
    }
}
