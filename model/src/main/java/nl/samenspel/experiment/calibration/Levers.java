package nl.samenspel.experiment.calibration;

import java.util.Set;
import java.util.TreeSet;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;
import nl.samenspel.scenario.Setting;

/**
 * The parameters the lever scenarios of MODEL.md section 5 set (every shipped scenario but the
 * baseline and the city preset, which changes scale, not policy). The calibration may neither free
 * nor fix them: levels are fitted on the baseline alone, and what a lever does is left to the
 * patterns, so that no pattern is tuned (rule 6 of the guide).
 */
public final class Levers {
    static final Set<String> NOT_LEVERS = Set.of("baseline", "city");

    private Levers() {}

    public static Set<String> keys() {
        Set<String> out = new TreeSet<>();
        ScenarioCatalog catalog = ScenarioCatalog.scenarios();
        ScenarioResolver resolver = new ScenarioResolver(catalog);
        for (String name : catalog.names()) {
            if (NOT_LEVERS.contains(name)) continue;
            try {
                for (Setting s : resolver.resolve(name, java.util.List.of()).changes()) out.add(s.key());
            } catch (ScenarioException e) {
                // A broken user scenario is reported when it is used, not here.
            }
        }
        return out;
    }
}
