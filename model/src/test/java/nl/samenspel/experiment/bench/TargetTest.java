package nl.samenspel.experiment.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.experiment.bench.Target.Verdict;
import org.junit.jupiter.api.Test;

/** The verdict and the text of a target row. */
class TargetTest {
    @Test
    void aFigureAtOrBelowTheLimitIsMetAboveItIsNot() {
        assertEquals(Verdict.MET, Target.atMost("x", 6.0, 6, Target.unit("s", 1), true, null).verdict());
        assertEquals(Verdict.MET, Target.atMost("x", 0.5, 6, Target.unit("s", 1), true, null).verdict());
        Target over = Target.atMost("x", 6.04, 6, Target.unit("s", 1), true, null);
        assertEquals(Verdict.NOT_MET, over.verdict(), "judged on the figure, not on its rounded text");
        assertEquals("6.0 s", over.figure());
        assertEquals("at most 6.0 s", over.limit());
    }

    @Test
    void aShortenedFigureIsShownButNotJudged() {
        Target t = Target.atMost("x", 1.5, 6, Target.unit("s", 1), false, "(--quick: 1 year(s))");
        assertEquals(Verdict.NOT_JUDGED, t.verdict());
        assertEquals("1.5 s (--quick: 1 year(s))", t.figure());
    }

    @Test
    void aMissingFigureIsNotMeasuredWithItsReason() {
        Target t = Target.atMost("x", Double.NaN, 6, Target.unit("s", 1), true, "not measurable: this build's run has no --threads");
        assertEquals(Verdict.NOT_MEASURED, t.verdict());
        assertEquals("not measurable: this build's run has no --threads", t.figure());
        assertEquals(Verdict.NOT_MEASURED, Target.holds("same", null, null, "why").verdict());
        assertEquals(Verdict.MET, Target.holds("same", true, null, null).verdict());
        assertEquals(Verdict.NOT_MET, Target.holds("same", false, null, null).verdict());
    }

    @Test
    void theMarkdownTableHasOneRowPerTargetAndEscapesPipes() {
        String md = Target.markdown(List.of(Target.atMost("a | b", 7, 6, Target.unit("s", 1), true, null),
                Target.atMost("c", 5, 6, Target.unit("s", 1), true, null)));
        List<String> lines = md.lines().toList();
        assertEquals("| target | figure | limit | met |", lines.get(0));
        assertEquals("| a \\| b | 7.0 s | at most 6.0 s | **not met** |", lines.get(2));
        assertEquals("| c | 5.0 s | at most 6.0 s | met |", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void theCsvQuotesCellsWithCommas() {
        String csv = Target.csv(List.of(Target.atMost("1,000 runs", 13, 12, Target.unit("s", 1), true, "(1,000 runs on 2 thread(s))")));
        assertEquals("target,figure,limit,verdict\n\"1,000 runs\",\"13.0 s (1,000 runs on 2 thread(s))\",at most 12.0 s,not met\n", csv);
        assertTrue(Target.csv(List.of()).startsWith("target,"));
    }
}
