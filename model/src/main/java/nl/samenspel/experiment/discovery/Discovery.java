package nl.samenspel.experiment.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samenspel.output.Numbers;

/**
 * Scenario discovery on a table of runs: the runs whose outcome lies below (or above) a threshold
 * are the cases of interest, the varied parameters the inputs; PRIM finds the boxes of inputs
 * where those cases concentrate. Writes the peeling trajectory, the chosen boxes and the boxes in words.
 */
public record Discovery(List<String> inputs, double[][] x, boolean[] y, String outcome, boolean below, double threshold, List<Prim.Result> boxes) {
    public static final int MAX_BOXES = 3;

    public static Discovery of(List<String> inputs, double[][] x, double[] outcome, String name, boolean below, double threshold) {
        boolean[] y = new boolean[outcome.length];
        for (int i = 0; i < y.length; i++) y[i] = below ? outcome[i] < threshold : outcome[i] > threshold;
        return new Discovery(inputs, x, y, name, below, threshold, Prim.boxes(x, y, MAX_BOXES));
    }

    public int cases() {
        int n = 0;
        for (boolean b : y) if (b) n++;
        return n;
    }

    double min(int d) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] r : x) m = Math.min(m, r[d]);
        return m;
    }

    double max(int d) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] r : x) m = Math.max(m, r[d]);
        return m;
    }

    /** box,step,coverage,density,support,cases,<input>_low,<input>_high... one row per peeling step of every box. */
    public String trajectoryCsv() {
        StringBuilder s = new StringBuilder("box,step,coverage,density,support,cases");
        for (String k : inputs) s.append(',').append(k).append("_low,").append(k).append("_high");
        s.append(",chosen\n");
        for (int b = 0; b < boxes.size(); b++) {
            Prim.Result r = boxes.get(b);
            for (Prim.Step st : r.trajectory()) {
                s.append(b + 1).append(',').append(st.index()).append(',').append(Numbers.format(st.coverage())).append(',')
                        .append(Numbers.format(st.density())).append(',').append(st.support()).append(',').append(st.cases());
                for (int d = 0; d < inputs.size(); d++) s.append(',').append(Numbers.format(st.box().low()[d])).append(',').append(Numbers.format(st.box().high()[d]));
                s.append(',').append(st == r.chosen()).append('\n');
            }
        }
        return s.toString();
    }

    /** box,input,low,high,restricted,coverage,density: the chosen boxes, one row per input. */
    public String boxesCsv() {
        StringBuilder s = new StringBuilder("box,input,low,high,restricted,coverage,density\n");
        for (int b = 0; b < boxes.size(); b++) {
            Prim.Step st = boxes.get(b).chosen();
            for (int d = 0; d < inputs.size(); d++) {
                s.append(b + 1).append(',').append(inputs.get(d)).append(',').append(Numbers.format(st.box().low()[d])).append(',')
                        .append(Numbers.format(st.box().high()[d])).append(',').append(restricted(st.box(), d)).append(',')
                        .append(Numbers.format(st.coverage())).append(',').append(Numbers.format(st.density())).append('\n');
            }
        }
        return s.toString();
    }

    public boolean restricted(Prim.Box box, int d) {
        return box.low()[d] > min(d) || box.high()[d] < max(d);
    }

    /** The boxes in words, for a person. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Runs with %s %s %s: %d of %d.%n", outcome, below ? "below" : "above", Numbers.format(threshold), cases(), y.length));
        if (boxes.isEmpty()) s.append("PRIM found no box denser than the runs as a whole.\n");
        for (int b = 0; b < boxes.size(); b++) {
            Prim.Step st = boxes.get(b).chosen();
            List<String> cond = new ArrayList<>();
            for (int d = 0; d < inputs.size(); d++) {
                if (!restricted(st.box(), d)) continue;
                boolean lo = st.box().low()[d] > min(d);
                boolean hi = st.box().high()[d] < max(d);
                String k = inputs.get(d);
                cond.add(lo && hi ? Numbers.format(st.box().low()[d]) + " <= " + k + " <= " + Numbers.format(st.box().high()[d])
                        : lo ? k + " >= " + Numbers.format(st.box().low()[d]) : k + " <= " + Numbers.format(st.box().high()[d]));
            }
            s.append(String.format(Locale.ROOT, "Box %d: %s%n  coverage %.0f %% (%d of the %d cases are inside), density %.0f %% (%d of the %d runs inside are cases).%n",
                    b + 1, String.join(" and ", cond), 100 * st.coverage(), st.cases(), boxes.get(0).cases(), 100 * st.density(), st.cases(), st.support()));
        }
        return s.toString();
    }
}
