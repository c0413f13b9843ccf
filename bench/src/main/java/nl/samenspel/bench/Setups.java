package nl.samenspel.bench;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
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

    /** A world and the weekly cycle of MODEL.md section 3, as CareSimulation wires them, without MASON's schedule. */
    static final class SteppedWorld {
        final World world;
        final List<Mechanism> steps;

        SteppedWorld(Parameters p, long seed) {
            Seeds seeds = Seeds.of(seed);
            world = WorldBuilder.build(p, new MersenneTwisterFast(seeds.behaviour()), seeds.network());
            OutcomeRecorder recorder = new OutcomeRecorder(52 * p.simulation().years());
            world.useTally(recorder.tally());
            steps = WeeklyCycle.steps(recorder);
        }

        void weeks(int n) {
            for (int i = 0; i < n; i++) for (Mechanism m : steps) m.step(world);
        }

        int weeksLeft() {
            return world.totalWeeks() - world.week;
        }
    }
}
