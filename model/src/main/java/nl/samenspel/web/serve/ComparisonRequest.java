package nl.samenspel.web.serve;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.report.Language;

/**
 * What the start page asks for, in the command line's terms: the scenarios (the first is the
 * reference), the municipality, replications, years and language, and the built scenario if any.
 * {@link #command()} is the {@code samenspel compare} that makes the same comparison.
 */
public record ComparisonRequest(String title, Municipality municipality, List<String> scenarios, ScenarioBuilder.Built own,
                                int replications, int years, Language language, long seed) {

    /** The command line's defaults for the ensemble reruns (compare --ensemble 50 --ensemble-replications 3). */
    public static final int ENSEMBLE = 50;
    public static final int ENSEMBLE_REPLICATIONS = 3;

    public int ensembleReplications() {
        return ENSEMBLE_REPLICATIONS;
    }

    /** What the command line names: each scenario in the municipality (e.g. city+no-coordinators). */
    public List<String> specs() {
        List<String> out = new ArrayList<>();
        for (String s : scenarios) out.add(municipality.spec(s));
        return out;
    }

    /** The overrides in the order the command line applies them: --set, then --years. */
    public List<String> overrides() {
        List<String> o = new ArrayList<>(municipality.overrides());
        o.add("simulation.years=" + years);
        return o;
    }

    public List<String> command() {
        List<String> c = new ArrayList<>(List.of("samenspel", "compare"));
        c.addAll(specs());
        c.addAll(List.of("--replications", Integer.toString(replications), "--years", Integer.toString(years), "--seed", Long.toString(seed),
                "--lang", language.code()));
        for (String o : municipality.overrides()) c.addAll(List.of("--set", o));
        if (!title.isEmpty()) c.addAll(List.of("--title", title));
        return c;
    }
}
