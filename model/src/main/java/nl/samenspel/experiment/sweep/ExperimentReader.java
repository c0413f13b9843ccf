package nl.samenspel.experiment.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.scenario.ParameterSchema;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioProblem;
import nl.samenspel.scenario.StrictYaml;
import nl.samenspel.scenario.YamlFields;
import nl.samenspel.scenario.YamlNode;

/**
 * Reads an experiment file strictly, as scenario files are read: {@link StrictYaml} parses it
 * (lines kept, one document, limits), parameter keys and ranges checked against {@link ParameterSchema}, unknown keys
 * named with the nearest valid one. Every problem is collected and thrown together.
 */
public final class ExperimentReader {
    static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "set", "years", "seed",
            "replications", "network_seeds", "design", "samples", "parameters", "outcomes");
    private final ParameterSchema schema = ParameterSchema.get();

    /** Loads a shipped experiment by name (./experiments first, then built in) or a file by path. */
    public ExperimentFile load(String nameOrPath) throws ScenarioException {
        boolean path = nameOrPath.contains("/") || Files.exists(Path.of(nameOrPath)) || Files.isSymbolicLink(Path.of(nameOrPath));
        Optional<ScenarioCatalog.Source> src = path ? Optional.of(ScenarioCatalog.readFile(Path.of(nameOrPath)))
                : ScenarioCatalog.experiments().find(nameOrPath.replaceFirst("\\.ya?ml$", ""), null);
        if (src.isEmpty()) {
            throw new ScenarioException(new ScenarioProblem(nameOrPath, 0, "", "no such experiment file",
                    "give a path, or one of: " + String.join(", ", ScenarioCatalog.experiments().names())));
        }
        return read(src.get().displayName(), src.get().text());
    }

    public ExperimentFile read(String file, String text) throws ScenarioException {
        Draft d = new Draft();
        List<ScenarioProblem> problems = new ArrayList<>();
        YamlNode root = StrictYaml.parse(file, text);
        if (!(root instanceof YamlNode.MapNode m)) {
            throw new ScenarioException(new ScenarioProblem(file, root.line(), "", "an experiment file must be a map of keys, not " + root.kind(), "see experiments/small.yaml"));
        }
        for (YamlNode.Entry e : m.entries()) {
            String key = e.key();
            switch (key) {
                case "name" -> d.name = YamlFields.text(file, e, problems);
                case "description" -> d.description = YamlFields.text(file, e, problems);
                case "scenario" -> {
                    d.scenario = YamlFields.text(file, e, problems);
                    d.scenarioLine = e.line();
                }
                case "set" -> readSet(file, e, "", d.set, d.setKeys, problems);
                case "years" -> d.years = YamlFields.integer(file, e, 1, 100, problems);
                case "seed" -> d.seed = YamlFields.integer(file, e, Long.MIN_VALUE, Long.MAX_VALUE, problems);
                case "replications" -> d.replications = YamlFields.integer(file, e, 1, 100_000, problems);
                case "network_seeds" -> d.networkSeeds = YamlFields.integer(file, e, 0, 100_000, problems);
                case "design" -> {
                    d.design = YamlFields.text(file, e, problems);
                    d.designLine = e.line();
                    if (d.design != null && !Design.names().contains(d.design)) {
                        String near = nearest(d.design, Design.names());
                        problems.add(new ScenarioProblem(file, e.line(), key, "unknown design '" + d.design + "'",
                                (near != null ? "did you mean '" + near + "'? " : "") + "one of: " + String.join(", ", Design.names())));
                        d.design = null;
                    }
                }
                case "samples" -> {
                    d.samples = YamlFields.integer(file, e, 1, 10_000_000, problems);
                    d.samplesLine = e.line();
                }
                case "parameters" -> readParameters(file, e, d, problems);
                case "outcomes" -> readOutcomes(file, e, d, problems);
                default -> problems.add(ScenarioProblem.unknownKey(file, e.line(), key, TOP_KEYS));
            }
        }
        return d.build(file, text, problems);
    }

    private void readSet(String file, YamlNode.Entry section, String prefix, List<String> out, Set<String> keys, List<ScenarioProblem> problems) {
        if (!(section.value() instanceof YamlNode.MapNode m)) {
            problems.add(new ScenarioProblem(file, section.line(), prefix.isEmpty() ? "set" : prefix.substring(0, prefix.length() - 1),
                    "expected a map of parameter keys to values", "for example  set: {population.residents: 1000}"));
            return;
        }
        for (YamlNode.Entry e : m.entries()) {
            String key = prefix + e.key();
            if (e.value() instanceof YamlNode.MapNode && schema.spec(key) == null && schema.isSection(key)) {
                readSet(file, e, key + ".", out, keys, problems);
                continue;
            }
            ParameterSchema.Spec spec = knownParameter(file, key, e.line(), problems);
            if (spec == null) continue;
            if (!(e.value() instanceof YamlNode.Scalar s)) {
                problems.add(new ScenarioProblem(file, e.line(), key, "expected a single value, got " + e.value().kind(), "allowed: " + spec.rangeText()));
                continue;
            }
            Object value = s.value();
            String err = spec.check(value);
            if (err != null) problems.add(new ScenarioProblem(file, e.line(), key, err, spec.hint(value)));
            else if (!keys.add(key)) problems.add(new ScenarioProblem(file, e.line(), key, "is given twice", "keep one"));
            else out.add(key + "=" + (s.plain() ? s.text() : "'" + s.text() + "'"));
        }
    }

    private void readParameters(String file, YamlNode.Entry section, Draft d, List<ScenarioProblem> problems) {
        d.parametersLine = section.line();
        if (!(section.value() instanceof YamlNode.MapNode m) || m.entries().isEmpty()) {
            problems.add(new ScenarioProblem(file, section.line(), "parameters",
                    section.value() instanceof YamlNode.MapNode ? "names no parameter to vary" : "expected a map of parameter keys, got " + YamlFields.describe(section.value()),
                    "for example  coordinators.posts: {values: [0, 1, 2, 3]}"));
            return;
        }
        for (YamlNode.Entry e : m.entries()) {
            String key = e.key();
            ParameterSchema.Spec spec = knownParameter(file, key, e.line(), problems);
            if (spec == null) continue;
            if (!(e.value() instanceof YamlNode.MapNode vm)) {
                problems.add(new ScenarioProblem(file, e.line(), key, "expected {values: [...]} or {range: {low: .., high: ..}}", "allowed: " + spec.rangeText()));
                continue;
            }
            VariedParameter vp = readVaried(file, key, e.line(), vm, spec, problems);
            if (vp != null) {
                d.parameters.add(vp);
                d.parameterLines.add(e.line());
            }
        }
    }

    private VariedParameter readVaried(String file, String key, int keyLine, YamlNode.MapNode m, ParameterSchema.Spec spec, List<ScenarioProblem> problems) {
        List<Object> values = null;
        Double low = null;
        Double high = null;
        Integer steps = null;
        int problemsBefore = problems.size();
        for (YamlNode.Entry e : m.entries()) {
            String where = key + "." + e.key();
            int l = e.line();
            switch (e.key()) {
                case "values" -> {
                    values = new ArrayList<>();
                    if (!(e.value() instanceof YamlNode.Seq q)) {
                        problems.add(new ScenarioProblem(file, l, where, "expected a list, got " + YamlFields.describe(e.value()), "for example  values: [0, 1, 2]"));
                        continue;
                    }
                    for (YamlNode item : q.items()) {
                        if (!(item instanceof YamlNode.Scalar s)) {
                            problems.add(new ScenarioProblem(file, item.line(), where, "expected single values in the list, got " + item.kind(), "allowed: " + spec.rangeText()));
                            continue;
                        }
                        Object value = s.value();
                        String err = spec.check(value);
                        if (err != null) problems.add(new ScenarioProblem(file, item.line(), where, err, spec.hint(value)));
                        else values.add(normalise(spec, value));
                    }
                    if (values.isEmpty() && problems.size() == problemsBefore) problems.add(new ScenarioProblem(file, l, where, "the list is empty", "give at least one value"));
                }
                case "range" -> {
                    if (!(e.value() instanceof YamlNode.MapNode rm)) {
                        problems.add(new ScenarioProblem(file, l, where, "expected {low: .., high: ..}", "allowed: " + spec.rangeText()));
                        continue;
                    }
                    for (YamlNode.Entry b : rm.entries()) {
                        if (!b.key().equals("low") && !b.key().equals("high")) {
                            problems.add(new ScenarioProblem(file, b.line(), where + "." + b.key(), "unknown key", "a range has low and high"));
                            continue;
                        }
                        Double x = number(file, where + "." + b.key(), b, spec, problems);
                        if (b.key().equals("low")) low = x;
                        else high = x;
                    }
                    if (spec.type() != ParameterSchema.Type.INTEGER && spec.type() != ParameterSchema.Type.NUMBER) {
                        problems.add(new ScenarioProblem(file, l, where, "a range needs a numeric parameter", "list the values instead: values: [" + spec.rangeText().replace(" | ", ", ") + "]"));
                    } else if (low == null || high == null) {
                        if (problems.size() == problemsBefore) problems.add(new ScenarioProblem(file, l, where, "needs both low and high", "for example  range: {low: 0.1, high: 0.5}"));
                    } else if (low >= high) {
                        problems.add(new ScenarioProblem(file, l, where, "low " + fmt(low) + " is not below high " + fmt(high), "swap them, or use values: [..] for a single value"));
                    }
                }
                case "steps" -> {
                    Long s = YamlFields.integer(file, new YamlNode.Entry(where, l, e.value(), ""), 2, 10_000, problems);
                    steps = s == null ? null : s.intValue();
                }
                default -> {
                    String near = nearest(e.key(), List.of("values", "range", "steps"));
                    problems.add(new ScenarioProblem(file, l, where, "unknown key", near != null ? "did you mean '" + near + "'?" : "use values, or range (with steps)"));
                }
            }
        }
        if (problems.size() > problemsBefore) return null;
        if (values == null && low == null) {
            problems.add(new ScenarioProblem(file, keyLine, key, "needs values or a range", "for example  {values: [0, 1, 2]} or {range: {low: 0.1, high: 0.5}}"));
            return null;
        }
        if (values != null && low != null) {
            problems.add(new ScenarioProblem(file, keyLine, key, "has both values and a range", "keep one"));
            return null;
        }
        if (values != null && steps != null) {
            problems.add(new ScenarioProblem(file, keyLine, key, "steps go with a range, not with values", "remove steps"));
            return null;
        }
        return new VariedParameter(key, spec, values == null ? null : List.copyOf(values), low == null ? 0 : low, high == null ? 0 : high, steps == null ? 0 : steps);
    }

    /** A range bound: a finite number inside the parameter's own range (integers may bound with fractions). */
    private Double number(String file, String where, YamlNode.Entry e, ParameterSchema.Spec spec, List<ScenarioProblem> problems) {
        Object value = e.value() instanceof YamlNode.Scalar s ? s.value() : null;
        if (!(e.value() instanceof YamlNode.Scalar)) {
            problems.add(new ScenarioProblem(file, e.line(), where, "expected a number, got " + e.value().kind(), "allowed: " + spec.rangeText()));
            return null;
        }
        String err = spec.type() == ParameterSchema.Type.INTEGER && value instanceof Number n
                ? new ParameterSchema.Spec(spec.key(), ParameterSchema.Type.NUMBER, spec.min(), spec.max(), List.of()).check(n.doubleValue())
                : spec.check(value);
        if (err != null) {
            problems.add(new ScenarioProblem(file, e.line(), where, err, spec.hint(value)));
            return null;
        }
        return ((Number) value).doubleValue();
    }

    private void readOutcomes(String file, YamlNode.Entry e, Draft d, List<ScenarioProblem> problems) {
        List<String> columns = Arrays.stream(Outcome.values()).map(o -> o.column).toList();
        if (!(e.value() instanceof YamlNode.Seq q)) {
            problems.add(new ScenarioProblem(file, e.line(), "outcomes", "expected a list of outcome columns", "for example  outcomes: [volunteers_active, reach_4w]; leave it out to keep all"));
            return;
        }
        d.outcomes = new ArrayList<>();
        for (YamlNode item : q.items()) {
            String name = item instanceof YamlNode.Scalar s ? s.text() : null;
            if (name == null || !columns.contains(name)) {
                String near = name == null ? null : nearest(name, columns);
                problems.add(new ScenarioProblem(file, item.line(), "outcomes", "unknown outcome " + (name == null ? item.kind() : "'" + name + "'"),
                        near != null ? "did you mean '" + near + "'?" : "see the columns of a run's weekly.csv"));
            } else if (d.outcomes.contains(Outcome.byColumn(name))) {
                problems.add(new ScenarioProblem(file, item.line(), "outcomes", "'" + name + "' is listed twice", "keep one"));
            } else {
                d.outcomes.add(Outcome.byColumn(name));
            }
        }
    }

    private ParameterSchema.Spec knownParameter(String file, String key, int l, List<ScenarioProblem> problems) {
        ParameterSchema.Spec spec = schema.spec(key);
        if (spec != null) return spec;
        problems.add(new ScenarioProblem(file, l, key, schema.isSection(key) ? "is a section, not a parameter" : "unknown parameter",
                schema.nearest(key) != null ? "did you mean '" + schema.nearest(key) + "'?" : "keys as in scenarios/baseline.yaml, e.g. coordinators.posts"));
        return null;
    }

    static Object normalise(ParameterSchema.Spec spec, Object value) {
        return nl.samenspel.scenario.ScenarioReader.normalise(spec, value);
    }

    static String nearest(String key, List<String> candidates) {
        return ParameterSchema.nearestOf(key, candidates);
    }

    static String fmt(double v) {
        return nl.samenspel.output.Numbers.format(v);
    }

    /** What has been read so far; {@link #build} checks what depends on several keys. */
    private static final class Draft {
        String name;
        String description;
        String scenario;
        int scenarioLine;
        final List<String> set = new ArrayList<>();
        final Set<String> setKeys = new HashSet<>();
        Long years;
        Long seed;
        Long replications;
        Long networkSeeds;
        String design;
        int designLine;
        Long samples;
        int samplesLine;
        int parametersLine;
        final List<VariedParameter> parameters = new ArrayList<>();
        final List<Integer> parameterLines = new ArrayList<>();
        List<Outcome> outcomes;

        ExperimentFile build(String file, String text, List<ScenarioProblem> problems) throws ScenarioException {
            if (name == null) problems.add(new ScenarioProblem(file, 1, "name", "is missing", "give the experiment a name"));
            if (scenario == null) problems.add(new ScenarioProblem(file, 1, "scenario", "is missing", "the base scenario, e.g. scenario: baseline"));
            if (design == null && designLine == 0) problems.add(new ScenarioProblem(file, 1, "design", "is missing", "one of: " + String.join(", ", Design.names())));
            if (parametersLine == 0) problems.add(new ScenarioProblem(file, 1, "parameters", "is missing", "name at least one parameter to vary"));
            for (int i = 0; i < parameters.size(); i++) {
                VariedParameter vp = parameters.get(i);
                int l = parameterLines.get(i);
                if (setKeys.contains(vp.key())) problems.add(new ScenarioProblem(file, l, vp.key(), "is both varied and fixed under 'set'", "remove it from one of them"));
                if (vp.key().equals("simulation.years") && years != null) problems.add(new ScenarioProblem(file, l, vp.key(), "is varied and also given as 'years'", "remove 'years'"));
                if (FullFactorial.NAME.equals(design) && vp.isRange() && vp.steps() == 0) {
                    problems.add(new ScenarioProblem(file, l, vp.key(), "a range in a full factorial needs steps", "add steps: 5 (evenly spaced levels from low to high)"));
                }
                if (!FullFactorial.NAME.equals(design) && design != null && vp.steps() != 0) {
                    problems.add(new ScenarioProblem(file, l, vp.key() + ".steps", "steps are only for full-factorial", "the " + design + " design samples the range itself; remove steps"));
                }
            }
            Design built = null;
            if (design != null) {
                boolean sampled = !design.equals(FullFactorial.NAME);
                if (sampled && samples == null && samplesLine == 0) problems.add(new ScenarioProblem(file, designLine, "samples", "is missing", "the " + design + " design needs samples: N"));
                if (!sampled && samples != null) problems.add(new ScenarioProblem(file, samplesLine, "samples", "is only for latin-hypercube and sobol", "remove it; a full factorial takes every combination"));
                if (design.equals(SobolSaltelli.NAME) && samples != null && samples < 2) problems.add(new ScenarioProblem(file, samplesLine, "samples", "sobol needs at least 2 samples", "use a few hundred or more"));
                if (problems.isEmpty()) {
                    built = switch (design) {
                        case FullFactorial.NAME -> new FullFactorial();
                        case LatinHypercube.NAME -> new LatinHypercube(samples.intValue());
                        default -> new SobolSaltelli(samples.intValue());
                    };
                }
            }
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            return new ExperimentFile(file, text, name, description == null ? "" : description, scenario, scenarioLine, List.copyOf(set),
                    years == null ? null : years.intValue(), seed == null ? 1 : seed, replications == null ? 1 : replications.intValue(),
                    networkSeeds == null ? 0 : networkSeeds.intValue(), built, List.copyOf(parameters),
                    outcomes == null ? List.of(Outcome.values()) : List.copyOf(outcomes));
        }
    }
}
