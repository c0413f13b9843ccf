package nl.samenspel.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.scenario.ParameterSchema;

/**
 * One parameter an experiment varies: either a list of values, or a range {@code low..high}
 * (with {@code steps} evenly spaced levels for a full factorial). Sampling designs map a number
 * {@code u} in [0, 1) onto it: linearly onto a range, or onto one of the listed values.
 */
public record VariedParameter(String key, ParameterSchema.Spec spec, List<Object> values, double low, double high, int steps) {

    public boolean isRange() {
        return values == null;
    }

    /** The levels of a full factorial, in the order written. */
    public List<Object> levels() {
        if (!isRange()) return values;
        List<Object> out = new ArrayList<>(steps);
        for (int k = 0; k < steps; k++) {
            double v = steps == 1 ? low : low + (high - low) * k / (steps - 1);
            // 0.019999999999999997 is meant as 0.02: levels are snapped to 12 significant digits.
            Object typed = typed(new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue());
            if (!out.contains(typed)) out.add(typed);
        }
        return out;
    }

    /**
     * The value at {@code u} in [0, 1]: a point of the range, or one of the values. A whole-number
     * range gives each whole number from low to high an equal share of [0, 1].
     */
    public Object at(double u) {
        if (!isRange()) return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        if (spec.type() == ParameterSchema.Type.INTEGER) {
            double lo = Math.ceil(low);
            double hi = Math.floor(high);
            return (long) Math.min(hi, Math.floor(lo + u * (hi - lo + 1)));
        }
        return low + (high - low) * u;
    }

    /** Whole-number levels are rounded (half up), so a range of posts gives whole posts. */
    private Object typed(double v) {
        return spec.type() == ParameterSchema.Type.INTEGER ? (Object) (long) Math.floor(v + 0.5) : (Object) v;
    }
}
