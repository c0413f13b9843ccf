package nl.samenspel.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as written to CSV: fixed rules, independent of locale and Java version. */
public final class Numbers {
    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        BigDecimal d = new BigDecimal(v).round(new java.math.MathContext(10, RoundingMode.HALF_EVEN));
        d = d.setScale(Math.min(d.scale(), 8), RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    public static String csvText(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
