package nl.samenspel.web.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.report.Language;
import nl.samenspel.scenario.ParameterSchema;
import nl.samenspel.web.Refusal;
import nl.samenspel.web.WebServer;

/**
 * The start page's form, checked field by field before anything runs: only known fields, short
 * values, scenarios named from the catalog (never a path), and replications, years and residents
 * inside the bounds of the schema. A bad field is refused with a message naming it.
 */
public final class ComparisonForm {
    public static final int MAX_REPLICATIONS = 100;
    public static final int MAX_SCENARIOS = 12;
    static final int MAX_VALUE_LENGTH = 200;
    static final Set<String> FIELDS = Set.of(WebServer.CSRF_FIELD, "scenario", "replications", "years", "title", "municipality", "residents",
            "districts", "own.name", "own.title", "lang");
    public static final String OWN = "own";

    private ComparisonForm() {}

    /** The fields of a form, each checked for name and length; {@code p.KEY} fields go to the builder. */
    public static Map<String, List<String>> check(Map<String, List<String>> form) {
        if (form.size() > ParameterSchema.get().keys().size() + FIELDS.size()) throw Refusal.badRequest("too many fields");
        for (Map.Entry<String, List<String>> f : form.entrySet()) {
            String name = f.getKey();
            if (!FIELDS.contains(name) && !name.startsWith(ScenarioBuilder.FIELD_PREFIX)) throw Refusal.badRequest(shorten(name) + ": unknown field");
            if (!name.equals("scenario") && f.getValue().size() > 1) throw Refusal.badRequest(name + ": given more than once");
            if (f.getValue().size() > MAX_SCENARIOS + 1) throw Refusal.badRequest(name + ": given too often");
            for (String v : f.getValue()) if (v.length() > MAX_VALUE_LENGTH) throw Refusal.badRequest(shorten(name) + ": value too long (at most " + MAX_VALUE_LENGTH + " characters)");
        }
        return form;
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The builder's fields by parameter key. */
    public static Map<String, String> parameterFields(Map<String, List<String>> form) {
        Map<String, String> out = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(ScenarioBuilder.FIELD_PREFIX) && !v.isEmpty()) out.put(k.substring(ScenarioBuilder.FIELD_PREFIX.length()), v.get(0));
        });
        return out;
    }

    public static ComparisonRequest parse(Map<String, List<String>> form, List<String> catalog, ScenarioBuilder builder, Language language) {
        check(form);
        List<String> scenarios = form.getOrDefault("scenario", List.of());
        if (scenarios.size() < 2) throw Refusal.invalid("scenario: choose at least two scenarios (the first is the reference)");
        if (scenarios.size() > MAX_SCENARIOS) throw Refusal.invalid("scenario: at most " + MAX_SCENARIOS + " scenarios");
        List<String> seen = new ArrayList<>();
        ScenarioBuilder.Built own = null;
        for (String s : scenarios) {
            if (seen.contains(s)) throw Refusal.invalid("scenario: '" + shorten(s) + "' chosen twice");
            if (s.equals(OWN)) {
                String name = first(form, "own.name");
                ScenarioBuilder.checkName(name, catalog);
                own = builder.build(name, first(form, "own.title"), builder.changes(parameterFields(form)));
                seen.add(name);
                continue;
            }
            if (!s.matches(ScenarioBuilder.NAME_PATTERN) || !catalog.contains(s)) throw Refusal.invalid("scenario: no such scenario '" + shorten(s) + "'");
            seen.add(s);
        }
        int replications = whole(form, "replications", 2, MAX_REPLICATIONS, 3);
        ParameterSchema.Spec years = ParameterSchema.get().spec("simulation.years");
        int y = whole(form, "years", (int) years.min(), (int) years.max(), 1);
        String title = first(form, "title");
        Municipality m = Municipality.parse(first(form, "municipality"), first(form, "residents"), first(form, "districts"));
        return new ComparisonRequest(title == null ? "" : title.strip(), m, seen, own, replications, y, language, 1);
    }

    private static int whole(Map<String, List<String>> form, String name, int min, int max, int dflt) {
        String v = first(form, name);
        if (v == null || v.isBlank()) return dflt;
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(name + ": expected a whole number, got '" + shorten(v) + "'");
        }
        if (n < min || n > max) throw Refusal.invalid(name + ": " + n + " is out of range " + min + ".." + max);
        return n;
    }

    /** A client's text shortened for a message (it is escaped where shown). */
    static String shorten(String s) {
        if (s == null) return "";
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    static Map<String, String> flat(Map<String, List<String>> form) {
        Map<String, String> out = new HashMap<>();
        form.forEach((k, v) -> {
            if (!v.isEmpty()) out.put(k, v.get(0));
        });
        return out;
    }
}
