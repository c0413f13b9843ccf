package nl.samenspel.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    /** Files building on files this deep are a mistake (or an attack), not a design. */
    static final int MAX_BASE_DEPTH = 32;

    public ScenarioResolver(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    /** The name of the scenario every other scenario equals until its levers start (issue 10 item 6). */
    public static final String REFERENCE = "baseline";

    public ResolvedScenario resolve(String spec, List<String> overrides) throws ScenarioException {
        ResolvedScenario s = resolveAlone(spec, overrides);
        if (spec.equals(REFERENCE) || catalog.find(REFERENCE, null).isEmpty()) return s;
        // The reference is the baseline in the scenario's place: its simulation and population
        // settings (so staff scale with it as they would in the baseline), then the same overrides.
        List<String> place = new ArrayList<>();
        s.values().forEach((key, setting) -> {
            if (key.startsWith("simulation.") || key.startsWith("population.")) place.add(key + "=" + setting.value());
        });
        place.addAll(overrides);
        return s.withReference(resolveAlone(REFERENCE, place).parameters());
    }

    private ResolvedScenario resolveAlone(String spec, List<String> overrides) throws ScenarioException {
        List<ScenarioProblem> problems = new ArrayList<>();
        List<ScenarioFile> chain = new ArrayList<>();
        Map<String, ScenarioFile> loaded = new HashMap<>();
        for (String part : splitStack(spec)) {
            Optional<ScenarioCatalog.Source> src;
            try {
                src = locate(part, null);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (src.isEmpty()) {
                problems.add(unknownScenario("command line", 0, part));
                continue;
            }
            visit(src.get(), new LinkedHashMap<>(), loaded, chain, problems);
        }
        Map<String, Setting> values = new LinkedHashMap<>();
        for (ScenarioFile f : chain) for (Setting s : f.settings()) values.put(s.key(), s);
        for (String o : overrides) {
            Setting s = parseOverride(o, problems);
            if (s != null) values.put(s.key(), s);
        }
        String top = chain.isEmpty() ? spec : chain.get(chain.size() - 1).file();
        if (problems.isEmpty()) {
            for (String key : schema.keys()) {
                if (!values.containsKey(key)) {
                    problems.add(new ScenarioProblem(top, 0, key, "has no value", "name baseline among the file's bases, or set it"));
                }
            }
        }
        if (problems.isEmpty()) problems.addAll(crossCheck(top, values));
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        StaffScaling.apply(chain, values);
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
            if (err != null) problems.add(new ScenarioProblem(file, 0, e.getKey(), err, spec.hint(e.getValue())));
            else values.put(e.getKey(), new Setting(e.getKey(), ScenarioReader.normalise(spec, e.getValue()), file, 0));
        }
        for (String key : schema.keys()) if (!values.containsKey(key) && problems.isEmpty()) problems.add(new ScenarioProblem(file, 0, key, "has no value", null));
        if (problems.isEmpty()) problems.addAll(crossCheck(file, values));
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        Map<String, Setting> ordered = new LinkedHashMap<>();
        for (String key : schema.keys()) ordered.put(key, values.get(key));
        return new ResolvedScenario(name, List.of(), ordered, ParameterBinder.bind(flat(ordered)));
    }

    /** The schema's cross-field checks, each problem placed where the key was last set. */
    private static List<ScenarioProblem> crossCheck(String file, Map<String, Setting> values) {
        List<ScenarioProblem> out = new ArrayList<>();
        for (ScenarioProblem p : ParameterSchema.get().crossCheck(file, k -> values.get(k) == null ? null : values.get(k).value())) {
            Setting at = values.get(p.key());
            out.add(at == null ? p : new ScenarioProblem(at.file(), at.line(), p.key(), p.message(), p.hint()));
        }
        return out;
    }

    private static Map<String, Object> flat(Map<String, Setting> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, s) -> out.put(k, s.value()));
        return out;
    }

    static List<String> splitStack(String spec) {
        if (looksLikePath(spec) && Files.exists(Path.of(spec))) return List.of(spec);
        List<String> parts = new ArrayList<>();
        for (String s : spec.split("\\+")) if (!s.isBlank()) parts.add(s.trim());
        return parts;
    }

    /** A path is read (any failure is a problem naming it); a name is looked up in the catalog. */
    private Optional<ScenarioCatalog.Source> locate(String nameOrPath, Path from) throws ScenarioException {
        if (looksLikePath(nameOrPath)) {
            Path asPath;
            try {
                asPath = from == null ? Path.of(nameOrPath) : from.resolve(nameOrPath);
            } catch (java.nio.file.InvalidPathException e) {
                throw new ScenarioException(new ScenarioProblem(ScenarioProblem.safe(nameOrPath), 0, "", "is not a valid path", null));
            }
            return Optional.of(ScenarioCatalog.readFile(asPath));
        }
        return catalog.find(nameOrPath, from);
    }

    private static boolean looksLikePath(String s) {
        return s.endsWith(".yaml") || s.endsWith(".yml") || s.contains("/");
    }

    private void visit(ScenarioCatalog.Source src, LinkedHashMap<String, String> path, Map<String, ScenarioFile> loaded,
                       List<ScenarioFile> chain, List<ScenarioProblem> problems) {
        String id = src.identity();
        if (loaded.containsKey(id)) return;
        String shown = src.displayName();
        ScenarioFile file = reader.read(shown, src.text(), problems);
        path.put(id, shown);
        for (String base : file.bases()) {
            Optional<ScenarioCatalog.Source> b;
            try {
                b = locate(base, src.directory());
            } catch (ScenarioException e) {
                for (ScenarioProblem p : e.problems()) problems.add(new ScenarioProblem(shown, file.basesLine(), "bases", p.file() + ": " + p.message(), p.hint()));
                continue;
            }
            if (b.isEmpty()) {
                problems.add(unknownScenario(shown, file.basesLine(), base));
                continue;
            }
            String bid = b.get().identity();
            if (path.containsKey(bid)) {
                List<String> cycle = new ArrayList<>(path.values());
                cycle = cycle.subList(new ArrayList<>(path.keySet()).indexOf(bid), cycle.size());
                problems.add(new ScenarioProblem(shown, file.basesLine(), "bases", "cycle of bases: " + String.join(" -> ", cycle) + " -> " + b.get().displayName(),
                        "a scenario cannot be its own base"));
                continue;
            }
            if (path.size() >= MAX_BASE_DEPTH) {
                problems.add(new ScenarioProblem(shown, file.basesLine(), "bases", "bases are nested more than " + MAX_BASE_DEPTH + " deep",
                        "name the scenarios you build on directly, e.g. bases: [baseline, tender-churn]"));
                return;
            }
            visit(b.get(), path, loaded, chain, problems);
            if (problems.size() > ScenarioException.SHOWN * 10) return;
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
            problems.add(new ScenarioProblem("--set", 0, key, err, spec.hint(value)));
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
