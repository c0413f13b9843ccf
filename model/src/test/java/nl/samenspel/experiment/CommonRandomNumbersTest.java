package nl.samenspel.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.experiment.ReplicationRunner.Replications;
import nl.samenspel.experiment.ReplicationRunner.SeedPlan;
import nl.samenspel.experiment.stats.PairedDifference;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers (replication i of every scenario on the same seed) make the interval of
 * a difference narrower than independent seeds do. Needs arise from their own stream, drawn at
 * the same pace in every scenario, so two scenarios on one seed face the same needs: the
 * difference in needs is then almost free of chance, while with independent seeds it carries the
 * full chance variation of both.
 */
class CommonRandomNumbersTest {
    static final int R = 30;

    @Test
    void pairedIntervalIsNarrowerThanWithIndependentSeeds() throws Exception {
        ScenarioResolver resolver = new ScenarioResolver(ScenarioCatalog.scenarios());
        List<String> small = List.of("simulation.years=1", "population.residents=1500");
        List<Parameters> arms = List.of(resolver.resolve("baseline", small).parameters(), resolver.resolve("no-coordinators", small).parameters());
        Replications crn = ReplicationRunner.run(arms, R, SeedPlan.common(11), 2, d -> {});
        Replications independent = ReplicationRunner.run(arms, R, SeedPlan.independent(11), 2, d -> {});
        Outcome o = Outcome.NEEDS_NEW;
        double paired = PairedDifference.of(values(crn, 1, o), values(crn, 0, o)).difference().halfWidth();
        double unpaired = PairedDifference.unpaired(values(independent, 1, o), values(independent, 0, o)).difference().halfWidth();
        assertTrue(paired < 0.5 * unpaired, o.column + ": half-width with common random numbers " + paired + " should be well below independent seeds' " + unpaired);
    }

    private static double[] values(Replications r, int arm, Outcome o) {
        RunResult[] rs = r.results()[arm];
        double[] v = new double[rs.length];
        for (int i = 0; i < rs.length; i++) v[i] = rs[i].summary(o);
        return v;
    }
}
