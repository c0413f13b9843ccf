package nl.samenspel.experiment.sweep;

import java.nio.charset.StandardCharsets;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.output.Numbers;

/** The tidy rows one run contributes: its line of runs.csv and its block of weekly.csv. */
public final class RunRows {
    private RunRows() {}

    public static byte[] row(SweepPlan plan, SweepPlan.Run run, NetworkStats net, RunResult r) {
        StringBuilder s = new StringBuilder();
        s.append(run.runId()).append(',').append(run.pointId()).append(',').append(run.replication())
                .append(',').append(run.seeds().behaviour()).append(',').append(run.seeds().network());
        for (Object v : plan.point(run.pointId())) s.append(',').append(value(v));
        s.append(',').append(Numbers.format(net.meanDegree())).append(',').append(Numbers.format(net.clustering()));
        for (Outcome o : plan.experiment().outcomes()) s.append(',').append(Numbers.format(r.summary(o)));
        return s.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] weekly(SweepPlan plan, SweepPlan.Run run, RunResult r) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < r.weeks(); w++) {
            s.append(run.runId()).append(',').append(w + 1);
            for (Outcome o : plan.experiment().outcomes()) s.append(',').append(Numbers.format(r.weekly(w, o)));
            s.append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String value(Object v) {
        return v instanceof Number n ? Numbers.format(n.doubleValue()) : Numbers.csvText(String.valueOf(v));
    }

    public static String header(java.util.List<String> columns) {
        return String.join(",", columns) + "\n";
    }
}
