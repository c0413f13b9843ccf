package nl.samenspel.bench;

import java.util.Arrays;
import java.util.List;
import nl.samenspel.engine.CareSimulation;
import nl.samenspel.engine.Seeds;
import nl.samenspel.metrics.OutcomeRecorder;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.World;
import nl.samenspel.model.WorldBuilder;
import nl.samenspel.model.mechanism.Mechanism;
import nl.samenspel.model.mechanism.WeeklyCycle;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;

/** Parameters from the shipped scenarios, and worlds stepped by hand so one step can be timed alone. */
final class Setups {
    private Setups() {}

    static Parameters params(String scenario, String... overrides) {
        try {
            return new ScenarioResolver(ScenarioCatalog.scenarios()).resolve(scenario, Arrays.asList(overrides)).parameters();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A world and the weekly cycle of MODEL.md section 3, as CareSimulation wires them (compaction, closing the week), without MASON's schedule. */
    static final class SteppedWorld {
        final World world;
        final List<Mechanism> steps;
        private final OutcomeRecorder recorder;

        SteppedWorld(Parameters p, long seed) {
            Seeds seeds = Seeds.of(seed);
            world = WorldBuilder.build(p, seeds.behaviour(), seeds.network());
            recorder = new OutcomeRecorder(World.WEEKS_PER_YEAR * p.simulation().years());
            world.useTally(recorder.tally());
            steps = WeeklyCycle.steps();
        }

        void weeks(int n) {
            int last = steps.size() - 1; // as CareSimulation: compact before Observation reads the week's end state
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= last; j++) {
                    if (j == last) world.compact();
                    steps.get(j).step(world);
                }
                CareSimulation.closeWeek(world, recorder);
            }
        }

        int weeksLeft() {
            return world.totalWeeks() - world.week;
        }
    }
}
