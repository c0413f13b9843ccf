package nl.samenspel.report;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.EnsembleRuns;

/** What `compare` prints when it is done: the report's conclusion and its per-scenario findings, as plain text. */
public final class KeyFindings {
    private KeyFindings() {}

    public static List<String> of(Comparison c, Language lang, EnsembleRuns ensemble) {
        ReportModel m = new ReportModel(c, lang, null, ensemble, CheckedPatterns.bundled(), java.util.Map.of());
        List<String> out = new ArrayList<>();
        for (Rich r : m.conclusion()) out.add(r.plain());
        for (ReportModel.ScenarioLine l : m.findings()) out.add(l.title() + ": " + l.text().plain());
        return out;
    }
}
