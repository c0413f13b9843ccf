package nl.samenspel.experiment;

import nl.samenspel.engine.CareSimulation;
import nl.samenspel.engine.Seeds;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.World;

/** The world after a given number of weeks, e.g. to export its network. */
public final class NetworkSnapshot {
    private NetworkSnapshot() {}

    /** @param weeks weeks to simulate from the start, warm-up included (0: the network as drawn) */
    public static World after(Parameters p, Seeds seeds, int weeks) {
        CareSimulation sim = new CareSimulation(p, seeds);
        sim.start();
        for (int w = 0; w < weeks; w++) sim.schedule.step(sim);
        World world = sim.world();
        sim.finish();
        return world;
    }
}
