package nl.samenspel.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nl.samenspel.ProjectFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each pattern of MODEL.md section 1 holds at the calibrated point estimate with fixed seeds, and
 * its effect vanishes when the mechanisms that carry it (docs/compare.md) are switched off: the
 * paired difference's interval holds zero, or is under a tenth of the effect with them on, in a run
 * that can still judge (non-zero outcomes, enough events). An overshoot or a run without events
 * does not count as vanishing.
 */
class PatternsTest {
    static final int R = 20;
    static final long SEED = 20240601L;

    static PatternRun run(List<String> overrides) {
        return new PatternRun(R, SEED, 2, overrides);
    }

    @TestFactory
    Stream<DynamicTest> eachPatternHoldsAtThePointEstimate() {
        return Patterns.ALL.stream().map(p -> DynamicTest.dynamicTest(p.id() + " " + p.name(), () -> {
            PatternResult r = p.check(run(List.of()));
            assertTrue(r.pass(), p.id() + " should pass: " + r.modelResult() + " " + r.legs());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachPatternVanishesWithItsCarryingMechanismsOff() {
        return Patterns.ALL.stream().map(p -> DynamicTest.dynamicTest(p.id() + " off: " + p.allOff(), () -> {
            PatternResult on = p.check(run(List.of()));
            PatternResult off = p.check(run(p.allOff()));
            Vanishing.Verdict v = Vanishing.judge(on, off);
            assertTrue(v.vanished(), p.id() + " should vanish with " + p.allOff() + ": " + v.why());
        }));
    }

    @Test
    void eachPatternNamesItsCarriersInTheDocs() {
        String doc = ProjectFiles.read(ProjectFiles.root().resolve("docs/compare.md"));
        for (Pattern p : Patterns.ALL) {
            assertTrue(!p.carriers().isEmpty(), p.id() + " names no carrying mechanism");
            for (Carrier c : p.carriers()) for (String off : c.off()) assertTrue(doc.contains("`" + off + "`"), p.id() + ": docs/compare.md should name " + off);
        }
    }

    @Test
    void anOvershootOrARunWithoutEventsIsNotAVanishing() {
        var pattern = new CoordinatorCut();
        var on = new PatternResult(pattern, List.of(), "", new nl.samenspel.experiment.stats.Interval(-0.5, -0.55, -0.45, 20), null);
        var over = new PatternResult(pattern, List.of(), "", new nl.samenspel.experiment.stats.Interval(0.3, 0.2, 0.4, 20), null);
        var bigger = new PatternResult(pattern, List.of(), "", new nl.samenspel.experiment.stats.Interval(-0.9, -0.95, -0.85, 20), null);
        var noEvents = new PatternResult(pattern, List.of(), "", new nl.samenspel.experiment.stats.Interval(0, 0, 0, 20), "no events");
        var gone = new PatternResult(pattern, List.of(), "", new nl.samenspel.experiment.stats.Interval(-0.01, -0.04, 0.02, 20), null);
        var tiny = new PatternResult(pattern, List.of(), "", new nl.samenspel.experiment.stats.Interval(-0.03, -0.04, -0.02, 20), null);
        assertTrue(!Vanishing.judge(on, over).vanished());
        assertTrue(!Vanishing.judge(on, bigger).vanished());
        assertTrue(!Vanishing.judge(on, noEvents).vanished());
        assertTrue(Vanishing.judge(on, gone).vanished());
        assertTrue(Vanishing.judge(on, tiny).vanished());
        assertEquals(7, Patterns.ALL.size(), "P1-P6 and P8");
    }
}
