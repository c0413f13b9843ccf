package nl.samenspel.experiment.calibration;

import nl.samenspel.metrics.Outcome;

/**
 * A published level figure the calibration fits (MODEL.md section 8): the outcome that measures it
 * (or its complement, 1 - outcome, as attrition is 1 - retention), the published value, the band
 * accepted around it and the source.
 */
public record Target(String name, Outcome outcome, boolean complement, double published, double low, double high, String source) {
    public Target {
        if (!(low < high)) throw new IllegalArgumentException(name + ": band low " + low + " is not below high " + high);
    }

    /** The model's figure for this target from a run's summary value of the outcome. */
    public double of(double outcomeValue) {
        return complement ? 1 - outcomeValue : outcomeValue;
    }

    public boolean inside(double v) {
        return v >= low && v <= high;
    }

    /**
     * How far a mean lies inside the band, in standard errors of that mean: the distance to the
     * nearer edge over {@code se} (negative outside). A mean many standard errors inside stays
     * inside on fresh seeds; one near an edge is inside or out by luck.
     */
    public double margin(double mean, double se) {
        if (Double.isNaN(mean)) return Double.NEGATIVE_INFINITY;
        double m = Math.min(mean - low, high - mean);
        return se > 0 ? m / se : m >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /**
     * How far a value lies outside the band, in half-widths of the band (0 inside): 1 means as far
     * outside as the band is half wide. Undefined values (NaN: e.g. no volunteers left) are infinitely far.
     */
    public double distance(double v) {
        if (Double.isNaN(v)) return Double.POSITIVE_INFINITY;
        double half = (high - low) / 2;
        if (v < low) return (low - v) / half;
        if (v > high) return (v - high) / half;
        return 0;
    }
}
