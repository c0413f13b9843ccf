package nl.samenspel.experiment.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** bench.md and the README block it replaces. */
class BenchMarkdownTest {
    private static final Machine MACHINE = new Machine(2, "AMD EPYC", "L1d 32K, L3 32768K", "OpenJDK 17", 2048);

    private static String md(double figure) {
        List<Target> targets = List.of(Target.atMost("city", figure, 6, Target.unit("s", 1), true, null));
        List<BenchResult> results = List.of(new BenchResult("district", 5000, 10, 572, 1, 10, 0.05, 5000 * 572 / 0.05, 80, 0.05));
        return BenchMarkdown.of(MACHINE, 1.2, Double.NaN, "2026-12-02T02:00:00Z", List.of("samenspel", "bench"), targets, results);
    }

    @Test
    void benchMdHoldsTheMachineTheLoadTheTargetsAndTheCases() {
        String md = md(5.2);
        assertTrue(md.contains("2 cores (AMD EPYC), caches L1d 32K, L3 32768K"), md);
        assertTrue(md.contains("load average 1.20 at the start, unknown at the end"), md);
        assertTrue(md.contains("| city | 5.2 s | at most 6.0 s | met |"), md);
        assertTrue(md.contains("| district | 5,000 | 10 | 1 | 10 | 0.050 | 17.5 | 17.5 | 1200.0 | 80 |"), md);
        assertTrue(!md.contains("inflated"), "a quiet machine");
        assertTrue(md.indexOf(BenchMarkdown.END) < md.indexOf("| district |"), "the cases stay out of the README block");
    }

    @Test
    void aBusyMachineIsSaid() {
        assertTrue(BenchMarkdown.busy(MACHINE, 3.5, 1));
        assertTrue(BenchMarkdown.busy(MACHINE, 1, 2.6));
        assertTrue(!BenchMarkdown.busy(MACHINE, 1.4, 2.4), "the bench's own two threads");
    }

    @Test
    void theReadmeBlockIsReplacedAndTheRestKept() {
        String readme = "# Title\n\nbefore\n" + BenchMarkdown.block(md(9.9)) + "\nafter\n";
        String updated = BenchMarkdown.replaceBlock(readme, md(5.2));
        assertTrue(updated.startsWith("# Title\n\nbefore\n" + BenchMarkdown.BEGIN));
        assertTrue(updated.endsWith(BenchMarkdown.END + "\nafter\n"));
        assertTrue(updated.contains("| city | 5.2 s |") && !updated.contains("9.9 s"), updated);
        assertEquals(updated, BenchMarkdown.replaceBlock(updated, md(5.2)), "replacing twice changes nothing");
    }

    @Test
    void markersQuotedInProseAreNotTheBlock() {
        String readme = "It replaces the block between `" + BenchMarkdown.BEGIN + "` and `" + BenchMarkdown.END + "` in FILE.\n\n"
                + BenchMarkdown.BEGIN + " -->\nold\n" + BenchMarkdown.END + "\n";
        String updated = BenchMarkdown.replaceBlock(readme, md(5.2));
        assertTrue(updated.startsWith("It replaces the block between `" + BenchMarkdown.BEGIN + "` and `" + BenchMarkdown.END + "` in FILE.\n\n"), updated);
        assertTrue(!updated.contains("old") && updated.contains("| city | 5.2 s |"), updated);
    }

    @Test
    void aFileWithoutMarkersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenchMarkdown.replaceBlock("# no markers\n", md(5.2)));
        assertThrows(IllegalArgumentException.class, () -> BenchMarkdown.block(BenchMarkdown.END + "\n" + BenchMarkdown.BEGIN + " -->\n"));
    }
}
