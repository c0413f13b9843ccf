package nl.samenspel.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what a user names (a scenario, a stack {@code a+b}, or a file path) into parameters.
 * Bases are applied depth first, each file once, before the file that names them; a stack is
 * applied left to right; {@code --set} overrides come last. Each file applies only the settings
 * it writes, so {@code yearly-funding+tender-churn} keeps both scenarios' changes.
 */
public final class ScenarioResolver {
    private final ScenarioCatalog catalog;
    private final ScenarioReader reader = new ScenarioReader();
    private final ParameterSchema schema = ParameterSchema.get();

    public ScenarioResolver(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    public ResolvedScenario resolve(String spec, List<String> overrides) throws ScenarioException {
        List<ScenarioProblem> problems = new ArrayList<>();
        List<ScenarioFile> chain = new ArrayList<>();
        Map<String, ScenarioFile> loaded = new HashMap<>();
        for (String part : splitStack(spec)) {
            Optional<ScenarioCatalog.Source> src = locate(part, null);
            if (src.isEmpty()) {
                problems.add(looksLikePath(part) ? new ScenarioProblem(part, 0, "", "file not found", "check the path, or name a scenario from scenarios/")
                        : unknownScenario("command line", 0, part));
                continue;
            }
            visit(src.get(), new LinkedHashSet<>(), loaded, chain, problems);
        }
        Map<String, Setting> values = new LinkedHashMap<>();
        for (ScenarioFile f : chain) for (Setting s : f.settings()) values.put(s.key(), s);
        for (String o : overrides) {
            Setting s = parseOverride(o, problems);
            if (s != null) values.put(s.key(), s);
        }
        if (problems.isEmpty()) {
            for (String key : schema.keys()) {
                if (!values.containsKey(key)) {
                    problems.add(new ScenarioProblem(chain.isEmpty() ? spec : chain.get(chain.size() - 1).file(), 0, key,
                            "has no value", "name baseline among the file's bases, or set it"));
                }
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        Map<String, Setting> ordered = new LinkedHashMap<>();
        for (String key : schema.keys()) ordered.put(key, values.get(key));
        return new ResolvedScenario(spec, chain, ordered, ParameterBinder.bind(flat(ordered)));
    }

    /** Checks and builds a complete flat parameter set, as stored in a manifest. */
    public static ResolvedScenario fromValues(String name, String file, Map<String, Object> flat) throws ScenarioException {
        ParameterSchema schema = ParameterSchema.get();
        List<ScenarioProblem> problems = new ArrayList<>();
        Map<String, Setting> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : flat.entrySet()) {
            ParameterSchema.Spec spec = schema.spec(e.getKey());
            if (spec == null) {
                problems.add(new ScenarioProblem(file, 0, e.getKey(), "unknown parameter", hintFor(schema, e.getKey())));
                continue;
            }
            String err = spec.check(e.getValue());
            if (err != null) problems.add(new ScenarioProblem(file, 0, e.getKey(), err, "allowed: " + spec.rangeText()));
            else values.put(e.getKey(), new Setting(e.getKey(), ScenarioReader.normalise(spec, e.getValue()), file, 0));
        }
        // A manifest written before a report-only key existed still reruns: the simulation never reads those keys.
        for (String key : schema.keys()) if (!values.containsKey(key) && !schema.reportOnly(key) && problems.isEmpty()) problems.add(new ScenarioProblem(file, 0, key, "has no value", null));
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        Map<String, Setting> ordered = new LinkedHashMap<>();
        for (String key : schema.keys()) if (values.containsKey(key)) ordered.put(key, values.get(key));
        return new ResolvedScenario(name, List.of(), ordered, ParameterBinder.bind(flat(ordered)));
    }

    private static Map<String, Object> flat(Map<String, Setting> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, s) -> out.put(k, s.value()));
        return out;
    }

    static List<String> splitStack(String spec) {
        if (Files.isRegularFile(Path.of(spec))) return List.of(spec);
        List<String> parts = new ArrayList<>();
        for (String s : spec.split("\\+")) if (!s.isBlank()) parts.add(s.trim());
        return parts;
    }

    private Optional<ScenarioCatalog.Source> locate(String nameOrPath, Path from) {
        Path asPath = from == null ? Path.of(nameOrPath) : from.resolve(nameOrPath);
        if (looksLikePath(nameOrPath)) {
            return Files.isRegularFile(asPath) ? Optional.of(ScenarioCatalog.readFile(asPath)) : Optional.empty();
        }
        return catalog.find(nameOrPath, from);
    }

    private static boolean looksLikePath(String s) {
        return s.endsWith(".yaml") || s.endsWith(".yml") || s.contains("/");
    }

    private void visit(ScenarioCatalog.Source src, LinkedHashSet<String> path, Map<String, ScenarioFile> loaded,
                       List<ScenarioFile> chain, List<ScenarioProblem> problems) {
        String id = src.displayName();
        if (loaded.containsKey(id)) return;
        ScenarioFile file = reader.read(id, src.text(), problems);
        path.add(id);
        for (String base : file.bases()) {
            Optional<ScenarioCatalog.Source> b = locate(base, src.directory());
            if (b.isEmpty()) {
                problems.add(unknownScenario(id, file.basesLine(), base));
                continue;
            }
            String bid = b.get().displayName();
            if (path.contains(bid)) {
                List<String> cycle = new ArrayList<>(path);
                cycle = cycle.subList(cycle.indexOf(bid), cycle.size());
                problems.add(new ScenarioProblem(id, file.basesLine(), "bases", "cycle of bases: " + String.join(" -> ", cycle) + " -> " + bid,
                        "a scenario cannot be its own base"));
                continue;
            }
            visit(b.get(), path, loaded, chain, problems);
        }
        path.remove(id);
        loaded.put(id, file);
        chain.add(file);
    }

    private ScenarioProblem unknownScenario(String file, int line, String name) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String n : catalog.names()) {
            int d = ParameterSchema.distance(name, n);
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        String hint = best != null && bestD <= Math.max(2, name.length() / 3) ? "did you mean '" + best + "'?"
                : "known scenarios: " + String.join(", ", catalog.names());
        return new ScenarioProblem(file, line, name, "no such scenario", hint);
    }

    private Setting parseOverride(String text, List<ScenarioProblem> problems) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            problems.add(new ScenarioProblem("--set", 0, text, "expected KEY=VALUE", "for example --set coordinators.posts=0"));
            return null;
        }
        String key = text.substring(0, eq).trim();
        Object value = ScenarioReader.parseValue(text.substring(eq + 1).trim());
        ParameterSchema.Spec spec = schema.spec(key);
        if (spec == null) {
            problems.add(new ScenarioProblem("--set", 0, key, "unknown parameter", hintFor(schema, key)));
            return null;
        }
        String err = spec.check(value);
        if (err != null) {
            problems.add(new ScenarioProblem("--set", 0, key, err, "allowed: " + spec.rangeText()));
            return null;
        }
        return new Setting(key, ScenarioReader.normalise(spec, value), "--set", 0);
    }

    private static String hintFor(ParameterSchema schema, String key) {
        String near = schema.nearest(key);
        return near != null ? "did you mean '" + near + "'?" : "see the parameter table in docs/model.md";
    }

    /** Names of files in the chain, for manifests and reports. */
    public static List<String> fileNames(ResolvedScenario r) {
        List<String> out = new ArrayList<>();
        for (ScenarioFile f : r.chain()) out.add(f.file());
        return out;
    }

}
