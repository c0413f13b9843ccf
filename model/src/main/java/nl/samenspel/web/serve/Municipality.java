package nl.samenspel.web.serve;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.scenario.ParameterSchema;
import nl.samenspel.web.Refusal;

/**
 * The municipality of a comparison, as the command line would say it: the default district (the
 * scenarios as they are), the city preset (each scenario stacked on {@code city}), or own numbers
 * of residents and districts ({@code --set}, bounded by the parameter schema).
 */
public record Municipality(String kind, long residents, long districts) {
    public static final String DISTRICT = "district";
    public static final String CITY = "city";
    public static final String OWN = "own";

    public static Municipality parse(String kind, String residents, String districts) {
        if (kind == null || kind.isEmpty() || kind.equals(DISTRICT)) return new Municipality(DISTRICT, 0, 0);
        if (kind.equals(CITY)) return new Municipality(CITY, 0, 0);
        if (!kind.equals(OWN)) throw Refusal.badRequest("municipality: expected district, city or own");
        return new Municipality(OWN, bounded("population.residents", residents), bounded("population.districts", districts));
    }

    private static long bounded(String key, String text) {
        ParameterSchema.Spec spec = ParameterSchema.get().spec(key);
        long v;
        try {
            v = Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(key + ": expected a whole number, got '" + ComparisonForm.shorten(text) + "' (allowed: " + spec.rangeText() + ")");
        }
        String err = spec.check(v);
        if (err != null) throw Refusal.invalid(key + ": " + err + " (allowed: " + spec.rangeText() + ")");
        return v;
    }

    /** What the command line names for a scenario in this municipality. */
    public String spec(String scenario) {
        if (!kind.equals(CITY)) return scenario;
        return scenario.equals("baseline") ? "city" : "city+" + scenario;
    }

    /** The {@code --set} overrides, without the option name. */
    public List<String> overrides() {
        List<String> o = new ArrayList<>();
        if (kind.equals(OWN)) {
            o.add("population.residents=" + residents);
            o.add("population.districts=" + districts);
        }
        return o;
    }
}
