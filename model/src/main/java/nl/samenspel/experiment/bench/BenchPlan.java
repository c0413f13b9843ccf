package nl.samenspel.experiment.bench;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;

/**
 * The cases of {@code samenspel bench}: the default district, a district of 65,000 (staff scaled
 * as in the city scenario: one professional per 1,000 residents, three coordinator posts per
 * 5,000), the city, and a sweep of district runs on all cores.
 *
 * @param quick      fewer runs, and the city for one year instead of ten
 * @param scale      multiplies every case's residents (and the scaled staff), for small machines and tests
 * @param years      reported years of every run, or null for 10 (the city 1 when quick)
 * @param sweepRuns  runs in the sweep, or null for 1,000 (100 when quick)
 * @param threads    sweep threads
 */
public record BenchPlan(boolean quick, double scale, Integer years, Integer sweepRuns, int threads) {
    public BenchPlan {
        if (!(scale > 0 && scale <= 10)) throw new IllegalArgumentException("scale must be in (0, 10], got " + scale);
        if (years != null && years < 1) throw new IllegalArgumentException("years must be at least 1, got " + years);
        if (sweepRuns != null && sweepRuns < 1) throw new IllegalArgumentException("sweep runs must be at least 1, got " + sweepRuns);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }

    public List<Bench.Case> cases() throws ScenarioException {
        int y = years != null ? years : 10;
        List<Bench.Case> out = new ArrayList<>();
        out.add(new Bench.Case("district", resolve("baseline", districtSettings(5_000)), quick ? 5 : 20, quick ? 3 : 10, 1)); // ~20 runs until the JIT has compiled the week
        out.add(new Bench.Case("district-65k", resolve("baseline", districtSettings(65_000)), 1, quick ? 1 : 3, 1));
        out.add(new Bench.Case("city", city(), 0, quick ? 1 : 3, 1));
        out.add(new Bench.Case("sweep", resolve("baseline", districtSettings(5_000)), 2 * threads, sweepRunCount(), threads));
        return out;
    }

    /** The city as the cases run it: 650,000 residents (times the scale) in 14 districts. */
    public Parameters city() throws ScenarioException {
        return resolve("city", citySettings());
    }

    /** Years of the city runs: 10, or 1 with --quick. */
    public int cityYears() {
        return years != null ? years : quick ? 1 : 10;
    }

    public int sweepRunCount() {
        return sweepRuns != null ? sweepRuns : quick ? 100 : 1000;
    }

    /** Whether the cases are the targets' own (10 years, full size, 1,000 sweep runs), so that wall times can be judged. */
    public boolean asTargets() {
        return !quick && scale == 1 && years == null && sweepRunCount() == 1000;
    }

    List<String> citySettings() {
        return List.of("population.residents=" + residents(650_000), "simulation.years=" + cityYears(),
                "wijkteam.professionals=" + staff(46), "coordinators.posts=" + staff(28));
    }

    List<String> districtSettings(int residents) {
        int scaled = residents(residents);
        List<String> set = new ArrayList<>(List.of("population.residents=" + scaled, "simulation.years=" + (years != null ? years : 10)));
        if (residents > 5_000) {
            set.add("wijkteam.professionals=" + Math.max(1, Math.round(scaled / 1000.0)));
            set.add("coordinators.posts=" + Math.max(1, Math.round(3 * scaled / 5000.0)));
        }
        return set;
    }

    private int residents(int n) {
        return (int) Math.max(10, Math.round(n * scale));
    }

    private int staff(int n) {
        return (int) Math.max(1, Math.round(n * Math.min(1, scale)));
    }

    private static Parameters resolve(String scenario, List<String> overrides) throws ScenarioException {
        return new ScenarioResolver(ScenarioCatalog.scenarios()).resolve(scenario, overrides).parameters();
    }
}
