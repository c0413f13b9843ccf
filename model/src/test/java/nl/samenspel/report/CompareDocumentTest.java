package nl.samenspel.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.samenspel.ProjectFiles;
import nl.samenspel.experiment.ComparisonTables;
import nl.samenspel.metrics.Outcome;
import org.junit.jupiter.api.Test;

/** docs/compare.md says what compare writes: every outcome with the kind that sets its summary, and every file. */
class CompareDocumentTest {
    private static final String DOC = ProjectFiles.read(ProjectFiles.root().resolve("docs/compare.md"));

    @Test
    void everyOutcomeIsListedWithItsKind() {
        for (Outcome o : Outcome.values()) {
            assertTrue(DOC.contains("| `" + o.column + "` | " + o.kind.name() + " |"), o.column + " listed as " + o.kind + " in docs/compare.md");
        }
    }

    @Test
    void everyOutputFileIsDescribed() {
        for (String f : new String[] {ComparisonTables.SUMMARY, ComparisonTables.REPLICATIONS, ComparisonTables.WEEKLY_MEANS, ComparisonFolder.REPORT, ComparisonFolder.PDF, "manifest.json"}) {
            assertTrue(DOC.contains("`" + f + "`"), f);
        }
        assertTrue(DOC.contains("`scenario,metric,mean,ci_low,ci_high,diff,diff_ci_low,diff_ci_high,p_value,n,ensemble_share`"));
        assertTrue(DOC.contains("`scenario,week,metric,mean,ci_low,ci_high`"));
    }
}
