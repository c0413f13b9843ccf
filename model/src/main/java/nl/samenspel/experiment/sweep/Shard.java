package nl.samenspel.experiment.sweep;

import java.util.Map;

/**
 * Shard {@code index} of {@code count} (1-based) takes the runs whose id is {@code index - 1}
 * modulo {@code count}: round robin, so every shard gets a mix of design points.
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1) throw new IllegalArgumentException("the shard count must be at least 1, got " + count);
        if (index < 1 || index > count) throw new IllegalArgumentException("shard " + index + "/" + count + ": the index must be between 1 and " + count);
    }

    public boolean owns(long runId) {
        return runId % count == index - 1;
    }

    /** Parses I/N. */
    public static Shard parse(String text) {
        String[] f = text.trim().split("/");
        if (f.length != 2) throw new IllegalArgumentException("expected I/N (e.g. 2/8), got '" + text + "'");
        try {
            return new Shard(Integer.parseInt(f[0].trim()), Integer.parseInt(f[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected I/N with whole numbers (e.g. 2/8), got '" + text + "'");
        }
    }

    /**
     * The shard of a SLURM array task: SLURM_ARRAY_TASK_ID counted from SLURM_ARRAY_TASK_MIN
     * (so --array=0-3 and --array=1-4 both work), out of SLURM_ARRAY_TASK_COUNT.
     */
    public static Shard fromSlurm(Map<String, String> env) {
        String id = env.get("SLURM_ARRAY_TASK_ID");
        String count = env.get("SLURM_ARRAY_TASK_COUNT");
        if (id == null || count == null) throw new IllegalArgumentException("SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT are not set (not inside a SLURM array job? give --shard I/N)");
        String min = env.getOrDefault("SLURM_ARRAY_TASK_MIN", "1");
        try {
            return new Shard(Integer.parseInt(id) - Integer.parseInt(min) + 1, Integer.parseInt(count));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SLURM_ARRAY_TASK_ID/COUNT/MIN are not numbers: " + id + ", " + count + ", " + min);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
