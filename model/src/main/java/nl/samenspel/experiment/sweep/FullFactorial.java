package nl.samenspel.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

/** Every combination of every parameter's levels; the first parameter varies slowest (as BehaviorSpace). */
public record FullFactorial() implements Design {
    public static final String NAME = "full-factorial";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long pointCount(List<VariedParameter> parameters) {
        long n = 1;
        for (VariedParameter p : parameters) n = Design.times(n, p.values() != null ? p.values().size() : p.steps());
        return n;
    }

    @Override
    public List<Object[]> points(List<VariedParameter> parameters, long seed) {
        List<List<Object>> levels = parameters.stream().map(VariedParameter::levels).toList();
        List<Object[]> out = new ArrayList<>();
        int d = levels.size();
        int[] idx = new int[d];
        while (true) {
            Object[] point = new Object[d];
            for (int i = 0; i < d; i++) point[i] = levels.get(i).get(idx[i]);
            out.add(point);
            int i = d - 1;
            while (i >= 0 && ++idx[i] == levels.get(i).size()) idx[i--] = 0;
            if (i < 0) return out;
        }
    }
}
