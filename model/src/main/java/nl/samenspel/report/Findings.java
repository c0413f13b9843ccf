package nl.samenspel.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.EnsembleRuns;
import nl.samenspel.experiment.discovery.Prim;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;

/**
 * Every scenario's effects on the headline outcomes, at two years and at the end of the horizon,
 * each with the share of plausible parameter sets in which it holds (when an ensemble ran) and,
 * where it does not always hold, the PRIM box of the sets where it fails.
 */
final class Findings {
    /**
     * An effect with its robustness: in how many of the ensemble's sets the same clear difference
     * shows, and per set whether it fails there ({@code fails}, the cases the box describes).
     */
    record Finding(int scenario, Effect effect, int holdsIn, int sets, Prim.Result box, boolean[] fails) {
        boolean robustnessKnown() {
            return sets > 0;
        }
    }

    /** At most this many effects per scenario on the first page. */
    static final int PER_SCENARIO = 3;

    private final Comparison c;
    private final Relevance relevance;
    private final EnsembleRuns ensemble;
    private final List<Frame> frames = new ArrayList<>();

    private final CheckedPatterns checked;
    private final List<String> files = new ArrayList<>();

    Findings(Comparison c, EnsembleRuns ensemble) {
        this(c, ensemble, new CheckedPatterns(java.util.Set.of()));
    }

    Findings(Comparison c, EnsembleRuns ensemble, CheckedPatterns checked) {
        this.c = c;
        this.checked = checked;
        for (nl.samenspel.scenario.ResolvedScenario s : c.scenarios()) files.add(s.chain().isEmpty() ? s.name() : s.top().name());
        this.relevance = Relevance.of(c.reference());
        this.ensemble = ensemble;
        if (c.years() > Frame.EARLY_YEARS) frames.add(Frame.early());
        frames.add(Frame.horizon(c.years()));
    }

    Relevance relevance() {
        return relevance;
    }

    Frame horizon() {
        return frames.get(frames.size() - 1);
    }

    RunResult[] runs(int scenario) {
        RunResult[] r = new RunResult[c.replications()];
        for (int i = 0; i < r.length; i++) r[i] = c.result(scenario, i);
        return r;
    }

    Effect effect(int scenario, Outcome o, Frame f) {
        return Effect.of(runs(scenario), runs(0), o, f, relevance);
    }

    /** The reference's mean of the total a count is "of", in that frame. */
    double total(Outcome o, Frame f) {
        double[] v = f.values(runs(0), OutcomeView.totalOf(o));
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** The pattern a scenario's effect rests on, or null: an extrapolation. */
    /** How often the pattern's target was met over the calibrated ensemble (its weakest leg), or null. */
    Double ensembleShare(String pattern) {
        return checked.ensembleShare(pattern);
    }

    String checkedBy(int scenario, Effect e) {
        return checked.checkedBy(files.get(scenario), e.outcome(), e.frame().years());
    }

    /**
     * A scenario's largest clear effects, one per outcome, largest first. Per outcome the frame
     * whose effect rests on a checked pattern, else the frame with the larger effect.
     */
    List<Finding> top(int scenario) {
        List<Effect> clear = clear(scenario);
        List<Finding> out = new ArrayList<>();
        for (Effect e : clear.subList(0, Math.min(PER_SCENARIO, clear.size()))) out.add(robustness(scenario, e));
        return out;
    }

    /** All of a scenario's clear effects, one per outcome, in the order of {@link #top}; worked out once per scenario (the conclusion reads them too). */
    List<Effect> clear(int scenario) {
        return clearByScenario.computeIfAbsent(scenario, this::findClear);
    }

    private final java.util.Map<Integer, List<Effect>> clearByScenario = new java.util.HashMap<>();

    private List<Effect> findClear(int scenario) {
        List<Effect> clear = new ArrayList<>();
        for (Outcome o : Outcome.HEADLINE) {
            Effect best = null;
            for (Frame f : frames) {
                if (!f.supports(o)) continue;
                Effect e = effect(scenario, o, f);
                if (!e.clear()) continue;
                boolean bestChecked = best != null && checkedBy(scenario, best) != null;
                boolean thisChecked = checkedBy(scenario, e) != null;
                if (best == null || thisChecked && !bestChecked || thisChecked == bestChecked && e.weight() > best.weight()) best = e;
            }
            if (best != null) clear.add(best);
        }
        // Findings that rest on a checked pattern first, then the largest.
        clear.sort(Comparator.comparing((Effect e) -> checkedBy(scenario, e) == null).thenComparing(Comparator.comparingDouble(Effect::weight).reversed()).thenComparing(Comparator.comparingDouble(Effect::size).reversed()));
        return List.copyOf(clear);
    }

    Finding robustness(int scenario, Effect e) {
        if (ensemble == null) return new Finding(scenario, e, 0, 0, null, null);
        int n = ensemble.sets();
        boolean[] fails = new boolean[n];
        int holds = 0;
        for (int j = 0; j < n; j++) {
            RunResult[][] set = ensemble.results()[j];
            boolean agrees = e.agrees(Effect.of(set[scenario], set[0], e.outcome(), e.frame(), relevance));
            fails[j] = !agrees;
            if (agrees) holds++;
        }
        Prim.Result box = null;
        if (n - holds >= 3) {
            List<Prim.Result> boxes = Prim.boxes(inputs(), fails, 1);
            if (!boxes.isEmpty()) box = boxes.get(0);
        }
        return new Finding(scenario, e, holds, n, box, fails);
    }

    /** The ensemble's numeric free parameters, one row per set. */
    double[][] inputs() {
        List<String> keys = numericKeys();
        double[][] x = new double[ensemble.sets()][keys.size()];
        for (int j = 0; j < x.length; j++) for (int d = 0; d < keys.size(); d++) x[j][d] = ensemble.ensemble().number(j, keys.get(d));
        return x;
    }

    List<String> numericKeys() {
        List<String> out = new ArrayList<>();
        for (String k : ensemble.ensemble().keys()) if (!Double.isNaN(ensemble.ensemble().number(0, k))) out.add(k);
        return out;
    }

    /** The share of sets in which the scenario's horizon difference in {@code o} has the same sign and is clear; NaN without an ensemble. */
    double share(int scenario, Outcome o) {
        if (ensemble == null || scenario == 0) return Double.NaN;
        Effect main = effect(scenario, o, horizon());
        int holds = 0;
        for (int j = 0; j < ensemble.sets(); j++) {
            RunResult[][] set = ensemble.results()[j];
            Effect e = Effect.of(set[scenario], set[0], o, horizon(), relevance);
            if (Math.signum(e.difference().mean()) == Math.signum(main.difference().mean()) && e.clear()) holds++;
        }
        return (double) holds / ensemble.sets();
    }

    EnsembleRuns ensemble() {
        return ensemble;
    }
}
