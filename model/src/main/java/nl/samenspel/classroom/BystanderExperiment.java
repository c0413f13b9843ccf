package nl.samenspel.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import nl.samenspel.engine.Seeds;

/**
 * The classroom experiment headless: many replications of each group size. Replication {@code r}
 * uses the same seed in every group size (common random numbers), so differences between group
 * sizes come from the rule, not from luck.
 */
public final class BystanderExperiment {
    private BystanderExperiment() {}

    public static BystanderRow run(BystanderSetup s, int replications, long seed) {
        BystanderTally t = new BystanderTally();
        for (int r = 0; r < replications; r++) t.add(new BystanderRoom(s, runSeed(seed, r)).runToEnd());
        return t.row(s);
    }

    /** One row per group size in {@code others}, each with {@code confederates} of them passive. */
    public static List<BystanderRow> run(BystanderSetup base, List<Integer> others, int replications, long seed, IntConsumer sizeDone) {
        List<BystanderRow> rows = new ArrayList<>();
        for (int n : others) {
            rows.add(run(base.withOthers(n, base.confederates()), replications, seed));
            sizeDone.accept(rows.size());
        }
        return rows;
    }

    public static long runSeed(long seed, long replication) {
        return Seeds.derive(seed, replication);
    }
}
