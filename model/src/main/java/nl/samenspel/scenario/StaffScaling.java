package nl.samenspel.scenario;

import java.util.List;
import java.util.Map;

/**
 * Staff scale with residents (issue 10 item 11): unless a scenario or {@code --set} names them,
 * {@code wijkteam.professionals} and {@code coordinators.posts} keep the baseline district's
 * staff per resident (5 professionals and 3 posts for 5,000 residents: one professional per 1,000
 * residents, three posts per 5,000). A scaled value records where it came from, so the resolved
 * parameters (and every manifest) show what was scaled and from what.
 */
final class StaffScaling {
    static final List<String> KEYS = List.of("wijkteam.professionals", "coordinators.posts");
    static final String RESIDENTS = "population.residents";
    static final String DISTRICTS = "population.districts";
    static final String SCALED = "scaled from ";

    private StaffScaling() {}

    static void apply(List<ScenarioFile> chain, Map<String, Setting> values) {
        ScenarioFile baseline = null;
        for (ScenarioFile f : chain) if (isBaseline(f.file())) baseline = f;
        if (baseline == null) return;
        Double baseResidents = perDistrict(baseline.settings(), null);
        Double residents = perDistrict(null, values);
        if (baseResidents == null || residents == null || baseResidents.equals(residents)) return;
        for (String key : KEYS) {
            Setting s = values.get(key);
            if (s == null || !isBaseline(s.file())) continue; // named by a scenario or --set: it wins
            int base = ((Number) s.value()).intValue();
            long scaled = Math.round(base * residents / baseResidents);
            String origin = SCALED + s.origin() + " (" + base + " per " + fmt(baseResidents) + " residents of a district, for " + fmt(residents) + ")";
            values.put(key, new Setting(key, (int) scaled, origin, 0));
        }
    }

    static boolean isBaseline(String file) {
        return file.equals("baseline") || file.startsWith("scenarios/baseline.yaml") || file.endsWith("baseline.yaml");
    }

    /** Residents per district, from a file's own settings or from the resolved values. */
    private static Double perDistrict(List<Setting> settings, Map<String, Setting> values) {
        Object residents = null, districts = null;
        if (settings != null) {
            for (Setting s : settings) {
                if (s.key().equals(RESIDENTS)) residents = s.value();
                if (s.key().equals(DISTRICTS)) districts = s.value();
            }
        } else {
            residents = values.get(RESIDENTS) == null ? null : values.get(RESIDENTS).value();
            districts = values.get(DISTRICTS) == null ? null : values.get(DISTRICTS).value();
        }
        if (!(residents instanceof Number r) || !(districts instanceof Number d)) return null;
        return r.doubleValue() / d.doubleValue();
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(java.util.Locale.ROOT, "%.1f", x);
    }
}
