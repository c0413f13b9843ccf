package nl.samenspel.experiment.sweep;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
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
import nl.samenspel.scenario.ScenarioReader;

/**
 * Reads an experiment file strictly, as scenario files are read: a token walk that keeps each
 * value's line, parameter keys and ranges checked against {@link ParameterSchema}, unknown keys
 * named with the nearest valid one. Every problem is collected and thrown together.
 */
public final class ExperimentReader {
    static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "set", "years", "seed",
            "replications", "network_seeds", "design", "samples", "parameters", "outcomes");
    private static final YAMLFactory YAML = new YAMLFactory();
    private final ParameterSchema schema = ParameterSchema.get();

    /** Loads a shipped experiment by name (./experiments first, then built in) or a file by path. */
    public ExperimentFile load(String nameOrPath) throws ScenarioException {
        Path asPath = Path.of(nameOrPath);
        Optional<ScenarioCatalog.Source> src = Files.isRegularFile(asPath) ? Optional.of(ScenarioCatalog.readFile(asPath))
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
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                problems.add(new ScenarioProblem(file, t == null ? 1 : line(p), "", t == null ? "the file is empty" : "an experiment file must be a map of keys",
                        "see experiments/small.yaml"));
                throw new ScenarioException(problems);
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                p.nextToken();
                if (!seen.add(key)) problems.add(new ScenarioProblem(file, keyLine, key, "is given twice", "keep one"));
                Ctx c = new Ctx(p, file, key, keyLine, problems);
                switch (key) {
                    case "name" -> d.name = c.text();
                    case "description" -> d.description = c.text();
                    case "scenario" -> {
                        d.scenario = c.text();
                        d.scenarioLine = keyLine;
                    }
                    case "set" -> readSet(c, "", d.set, d.setKeys);
                    case "years" -> d.years = c.integer(1, 100);
                    case "seed" -> d.seed = c.integer(Long.MIN_VALUE, Long.MAX_VALUE);
                    case "replications" -> d.replications = c.integer(1, 100_000);
                    case "network_seeds" -> d.networkSeeds = c.integer(0, 100_000);
                    case "design" -> {
                        d.design = c.text();
                        d.designLine = keyLine;
                        if (d.design != null && !Design.names().contains(d.design)) {
                            problems.add(new ScenarioProblem(file, keyLine, key, "unknown design '" + d.design + "'", "one of: " + String.join(", ", Design.names())));
                            d.design = null;
                        }
                    }
                    case "samples" -> {
                        d.samples = c.integer(1, 10_000_000);
                        d.samplesLine = keyLine;
                    }
                    case "parameters" -> readParameters(c, d);
                    case "outcomes" -> readOutcomes(c, d);
                    default -> {
                        problems.add(ScenarioProblem.unknownKey(file, keyLine, key, TOP_KEYS));
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            problems.add(ScenarioProblem.unreadable(file, e));
            throw new ScenarioException(problems);
        }
        return d.build(file, text, problems);
    }

    private void readSet(Ctx c, String prefix, List<String> out, Set<String> keys) throws IOException {
        JsonParser p = c.p;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            c.problem(c.key, "expected a map of parameter keys to values", "for example  set: {population.residents: 1000}");
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName();
            int l = line(p);
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT && schema.spec(key) == null && isSection(key)) {
                readSet(c, key + ".", out, keys);
                continue;
            }
            ParameterSchema.Spec spec = knownParameter(c, key, l);
            if (spec == null) continue;
            if (!v.isScalarValue()) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "expected a single value", "allowed: " + spec.rangeText()));
                p.skipChildren();
                continue;
            }
            Object value = ScenarioReader.parseValue(p.getText());
            String err = spec.check(value);
            if (err != null) c.problems.add(new ScenarioProblem(c.file, l, key, err, "allowed: " + spec.rangeText()));
            else if (!keys.add(key)) c.problems.add(new ScenarioProblem(c.file, l, key, "is given twice", "keep one"));
            else out.add(key + "=" + p.getText());
        }
    }

    private void readParameters(Ctx c, Draft d) throws IOException {
        JsonParser p = c.p;
        d.parametersLine = c.line;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            c.problem("parameters", "expected a map of parameter keys", "for example  coordinators.posts: {values: [0, 1, 2, 3]}");
            p.skipChildren();
            return;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int l = line(p);
            p.nextToken();
            ParameterSchema.Spec spec = knownParameter(c, key, l);
            if (spec == null) continue;
            if (!seen.add(key)) c.problems.add(new ScenarioProblem(c.file, l, key, "is given twice", "keep one"));
            if (p.currentToken() != JsonToken.START_OBJECT) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "expected {values: [...]} or {range: {low: .., high: ..}}", "allowed: " + spec.rangeText()));
                p.skipChildren();
                continue;
            }
            VariedParameter vp = readVaried(c, key, l, spec);
            if (vp != null) {
                d.parameters.add(vp);
                d.parameterLines.add(l);
            }
        }
    }

    private VariedParameter readVaried(Ctx c, String key, int keyLine, ParameterSchema.Spec spec) throws IOException {
        JsonParser p = c.p;
        List<Object> values = null;
        Double low = null;
        Double high = null;
        Integer steps = null;
        int problemsBefore = c.problems.size();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sub = p.currentName();
            int l = line(p);
            JsonToken v = p.nextToken();
            String where = key + "." + sub;
            switch (sub) {
                case "values" -> {
                    values = new ArrayList<>();
                    if (v != JsonToken.START_ARRAY) {
                        c.problems.add(new ScenarioProblem(c.file, l, where, "expected a list", "for example  values: [0, 1, 2]"));
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (!p.currentToken().isScalarValue()) {
                            c.problems.add(new ScenarioProblem(c.file, line(p), where, "expected single values in the list", "allowed: " + spec.rangeText()));
                            p.skipChildren();
                            continue;
                        }
                        Object value = ScenarioReader.parseValue(p.getText());
                        String err = spec.check(value);
                        if (err != null) c.problems.add(new ScenarioProblem(c.file, line(p), where, err, "allowed: " + spec.rangeText()));
                        else values.add(normalise(spec, value));
                    }
                    if (values.isEmpty() && c.problems.size() == problemsBefore) c.problems.add(new ScenarioProblem(c.file, l, where, "the list is empty", "give at least one value"));
                }
                case "range" -> {
                    if (v != JsonToken.START_OBJECT) {
                        c.problems.add(new ScenarioProblem(c.file, l, where, "expected {low: .., high: ..}", "allowed: " + spec.rangeText()));
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String bound = p.currentName();
                        int bl = line(p);
                        p.nextToken();
                        Double x = number(c, where + "." + bound, bl, spec);
                        if (bound.equals("low")) low = x;
                        else if (bound.equals("high")) high = x;
                        else {
                            c.problems.add(new ScenarioProblem(c.file, bl, where + "." + bound, "unknown key", "a range has low and high"));
                            p.skipChildren();
                        }
                    }
                    if (spec.type() != ParameterSchema.Type.INTEGER && spec.type() != ParameterSchema.Type.NUMBER) {
                        c.problems.add(new ScenarioProblem(c.file, l, where, "a range needs a numeric parameter", "list the values instead: values: [" + spec.rangeText().replace(" | ", ", ") + "]"));
                    } else if (low == null || high == null) {
                        if (c.problems.size() == problemsBefore) c.problems.add(new ScenarioProblem(c.file, l, where, "needs both low and high", "for example  range: {low: 0.1, high: 0.5}"));
                    } else if (low >= high) {
                        c.problems.add(new ScenarioProblem(c.file, l, where, "low " + fmt(low) + " is not below high " + fmt(high), "swap them, or use values: [..] for a single value"));
                    }
                }
                case "steps" -> {
                    Ctx sc = new Ctx(p, c.file, where, l, c.problems);
                    Long s = sc.integer(2, 10_000);
                    steps = s == null ? null : s.intValue();
                }
                default -> {
                    String near = nearest(sub, List.of("values", "range", "steps"));
                    c.problems.add(new ScenarioProblem(c.file, l, where, "unknown key", near != null ? "did you mean '" + near + "'?" : "use values, or range (with steps)"));
                    p.skipChildren();
                }
            }
        }
        if (c.problems.size() > problemsBefore) return null;
        if (values == null && low == null) {
            c.problems.add(new ScenarioProblem(c.file, keyLine, key, "needs values or a range", "for example  {values: [0, 1, 2]} or {range: {low: 0.1, high: 0.5}}"));
            return null;
        }
        if (values != null && low != null) {
            c.problems.add(new ScenarioProblem(c.file, keyLine, key, "has both values and a range", "keep one"));
            return null;
        }
        if (values != null && steps != null) {
            c.problems.add(new ScenarioProblem(c.file, keyLine, key, "steps go with a range, not with values", "remove steps"));
            return null;
        }
        return new VariedParameter(key, spec, values == null ? null : List.copyOf(values), low == null ? 0 : low, high == null ? 0 : high, steps == null ? 0 : steps);
    }

    private Double number(Ctx c, String where, int l, ParameterSchema.Spec spec) throws IOException {
        JsonParser p = c.p;
        if (!p.currentToken().isScalarValue()) {
            c.problems.add(new ScenarioProblem(c.file, l, where, "expected a number", "allowed: " + spec.rangeText()));
            p.skipChildren();
            return null;
        }
        Object value = ScenarioReader.parseValue(p.getText());
        String err = spec.type() == ParameterSchema.Type.INTEGER && value instanceof Number n
                ? new ParameterSchema.Spec(spec.key(), ParameterSchema.Type.NUMBER, spec.min(), spec.max(), List.of()).check(n.doubleValue())
                : spec.check(value);
        if (err != null) {
            c.problems.add(new ScenarioProblem(c.file, l, where, err, "allowed: " + spec.rangeText()));
            return null;
        }
        return ((Number) value).doubleValue();
    }

    private void readOutcomes(Ctx c, Draft d) throws IOException {
        JsonParser p = c.p;
        List<String> columns = Arrays.stream(Outcome.values()).map(o -> o.column).toList();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            c.problem("outcomes", "expected a list of outcome columns", "for example  outcomes: [volunteers_active, reach_4w]; leave it out to keep all");
            p.skipChildren();
            return;
        }
        d.outcomes = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String name = p.currentToken().isScalarValue() ? p.getText() : null;
            if (name == null) p.skipChildren();
            if (name == null || !columns.contains(name)) {
                String near = name == null ? null : nearest(name, columns);
                c.problems.add(new ScenarioProblem(c.file, line(p), "outcomes", "unknown outcome '" + name + "'",
                        near != null ? "did you mean '" + near + "'?" : "see the columns of a run's weekly.csv"));
            } else if (d.outcomes.contains(Outcome.byColumn(name))) {
                c.problems.add(new ScenarioProblem(c.file, line(p), "outcomes", "'" + name + "' is listed twice", "keep one"));
            } else {
                d.outcomes.add(Outcome.byColumn(name));
            }
        }
    }

    private ParameterSchema.Spec knownParameter(Ctx c, String key, int l) throws IOException {
        ParameterSchema.Spec spec = schema.spec(key);
        if (spec != null) return spec;
        String near = schema.nearest(key);
        c.problems.add(new ScenarioProblem(c.file, l, key, isSection(key) ? "is a section, not a parameter" : "unknown parameter",
                near != null ? "did you mean '" + near + "'?" : "keys as in scenarios/baseline.yaml, e.g. coordinators.posts"));
        c.p.skipChildren();
        return null;
    }

    private boolean isSection(String key) {
        return schema.keys().stream().anyMatch(k -> k.startsWith(key + "."));
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

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** The parser positioned on one key's value, with where to report problems. */
    private record Ctx(JsonParser p, String file, String key, int line, List<ScenarioProblem> problems) {
        void problem(String k, String message, String hint) {
            problems.add(new ScenarioProblem(file, line, k, message, hint));
        }

        String text() throws IOException {
            if (!p.currentToken().isScalarValue() || p.currentToken() == JsonToken.VALUE_NULL) {
                problem(key, "expected a single text value", null);
                p.skipChildren();
                return null;
            }
            return p.getText();
        }

        Long integer(long min, long max) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                problem(key, "expected a whole number, got " + (p.currentToken().isScalarValue() ? "'" + p.getText() + "'" : "a " + (p.currentToken() == JsonToken.START_ARRAY ? "list" : "map")),
                        "between " + min + " and " + max);
                p.skipChildren();
                return null;
            }
            long v;
            try {
                v = p.getLongValue();
            } catch (IOException e) {
                problem(key, "number too large", null);
                return null;
            }
            if (v < min || v > max) {
                problem(key, "value " + v + " is out of range " + min + ".." + max, null);
                return null;
            }
            return v;
        }
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
            if (parameters.isEmpty() && parametersLine == 0) problems.add(new ScenarioProblem(file, 1, "parameters", "is missing", "name at least one parameter to vary"));
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
