package nl.samenspel.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;

/**
 * Per scenario, the headline outcomes whose difference from the reference is clear (its interval
 * excludes zero), in plain language. The report leads with them and `compare` prints them.
 */
public final class KeyFindings {
    private KeyFindings() {}

    /** Scenario title to its verdicts, in the comparison's order, the reference left out. */
    public static Map<String, List<String>> of(Comparison c, Language lang) {
        ScenarioNames names = new ScenarioNames(c.scenarios(), lang);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int k = 1; k < c.scenarios().size(); k++) {
            List<String> clear = new ArrayList<>();
            for (Outcome o : Outcome.HEADLINE) {
                PairedDifference d = c.difference(k, o);
                if (d.significant()) clear.add(new OutcomeView(o, lang).verdict(d.difference(), c.mean(0, o).mean()));
            }
            out.put(names.title(k), clear);
        }
        return out;
    }
}
