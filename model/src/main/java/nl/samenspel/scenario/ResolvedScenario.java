package nl.samenspel.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.model.Parameters;

/**
 * A scenario with its bases applied: the files in the order they were applied, every parameter's
 * value and where it was set, the built {@link Parameters}, and the reference the run follows
 * until the scenario's lever start week (the baseline with the same command-line overrides; for
 * the baseline itself, its own parameters).
 */
public record ResolvedScenario(String name, List<ScenarioFile> chain, Map<String, Setting> values, Parameters parameters, Parameters reference) {
    public ResolvedScenario(String name, List<ScenarioFile> chain, Map<String, Setting> values, Parameters parameters) {
        this(name, chain, values, parameters, parameters);
    }

    /** The same scenario, following {@code ref} until its lever start week. */
    public ResolvedScenario withReference(Parameters ref) {
        return new ResolvedScenario(name, chain, values, parameters, ref);
    }

    /** The flat values alone, in schema order. */
    public Map<String, Object> flatValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, s) -> out.put(k, s.value()));
        return out;
    }

    /** The settings that do not come from the baseline file: what this scenario changes. */
    public List<Setting> changes() {
        List<Setting> out = new ArrayList<>();
        for (Setting s : values.values()) if (!StaffScaling.isBaseline(s.file())) out.add(s);
        return out;
    }

    /** Parameters scaled with the residents (staff per resident of the baseline district), with where each came from. */
    public Map<String, String> scaled() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Setting s : values.values()) if (s.file().startsWith(StaffScaling.SCALED)) out.put(s.key(), s.file());
        return out;
    }

    /** The last file in the chain: the scenario the user named (or the last of a stack). */
    public ScenarioFile top() {
        return chain.get(chain.size() - 1);
    }

    public List<String> sources() {
        List<String> out = new ArrayList<>();
        for (ScenarioFile f : chain) for (String s : f.sources()) if (!out.contains(s)) out.add(s);
        return out;
    }
}
