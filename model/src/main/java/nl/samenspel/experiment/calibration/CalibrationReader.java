package nl.samenspel.experiment.calibration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.experiment.sweep.VariedParameter;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.scenario.ParameterSchema;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioProblem;
import nl.samenspel.scenario.ScenarioReader;

/**
 * Reads {@code scenarios/calibration.yaml} strictly, in the style of the scenario and experiment
 * readers: a token walk that keeps each value's line, parameter keys and values checked against
 * {@link ParameterSchema}, unknown keys named with the nearest valid one, every problem reported
 * together. This is the only class that knows the file's layout (so it can move to the project's
 * single strict reader in one place).
 */
public final class CalibrationReader {
    public static final String DEFAULT = "scenarios/calibration.yaml";
    static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "set", "years", "seed", "draws", "replications",
            "check_replications", "acceptance", "free", "fixed", "targets");
    static final List<String> TARGET_KEYS = List.of("outcome", "complement", "published", "band_low", "band_high", "source");
    /** The classroom fit owns these (MODEL.md section 7); the care model only borrows them. */
    static final Set<String> CLASSROOM = Set.of("bystander.diffusion", "bystander.social_proof");
    private static final YAMLFactory YAML = new YAMLFactory();
    private final ParameterSchema schema = ParameterSchema.get();
    private final Set<String> levers;

    /** @param levers parameter keys that lever scenarios set ({@link Levers#keys()}): never free, never fixed for the fit */
    public CalibrationReader(Set<String> levers) {
        this.levers = levers;
    }

    public CalibrationFile load(Path file) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(new ScenarioProblem(file.toString(), 0, "", "no such calibration file", "the shipped one is " + DEFAULT));
        }
        ScenarioCatalog.Source src = ScenarioCatalog.readFile(file);
        return read(src.displayName(), src.text());
    }

    public CalibrationFile read(String file, String text) throws ScenarioException {
        List<ScenarioProblem> problems = new ArrayList<>();
        Draft d = new Draft();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                problems.add(new ScenarioProblem(file, t == null ? 1 : line(p), "", t == null ? "the file is empty" : "a calibration file must be a map of keys", "see " + DEFAULT));
                throw new ScenarioException(problems);
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int l = line(p);
                p.nextToken();
                if (!seen.add(key)) problems.add(new ScenarioProblem(file, l, key, "is given twice", "keep one"));
                Ctx c = new Ctx(p, file, key, l, problems);
                switch (key) {
                    case "name" -> d.name = c.text();
                    case "description" -> d.description = c.text();
                    case "scenario" -> {
                        d.scenario = c.text();
                        if (d.scenario != null && !d.scenario.equals("baseline")) {
                            c.problem(key, "the calibration fits the baseline only, not '" + d.scenario + "'",
                                    "levels are fitted on the baseline; lever scenarios are the patterns' business (validate)");
                        }
                    }
                    case "set" -> readSet(c, d);
                    case "years" -> d.years = c.integer(1, 100);
                    case "seed" -> d.seed = c.integer(Long.MIN_VALUE, Long.MAX_VALUE);
                    case "draws" -> d.draws = c.integer(1, 10_000_000);
                    case "replications" -> d.replications = c.integer(1, 10_000);
                    case "check_replications" -> d.checkReplications = c.integer(2, 10_000);
                    case "acceptance" -> readAcceptance(c, d);
                    case "free" -> readFree(c, d);
                    case "fixed" -> readFixed(c, d);
                    case "targets" -> readTargets(c, d);
                    default -> {
                        problems.add(ScenarioProblem.unknownKey(file, l, key, TOP_KEYS));
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

    private boolean mapStart(Ctx c, String example) throws IOException {
        if (c.p.currentToken() == JsonToken.START_OBJECT) return true;
        c.problem(c.key, "expected a map", example);
        c.p.skipChildren();
        return false;
    }

    private void readSet(Ctx c, Draft d) throws IOException {
        if (!mapStart(c, "for example  set: {simulation.warmup_weeks: 52}")) return;
        JsonParser p = c.p;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int l = line(p);
            JsonToken v = p.nextToken();
            ParameterSchema.Spec spec = known(c, key, l);
            if (spec == null) continue;
            if (!v.isScalarValue()) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "expected a single value", "allowed: " + spec.rangeText()));
                p.skipChildren();
                continue;
            }
            Object value = ScenarioReader.parseValue(p.getText());
            String err = spec.check(value);
            if (err != null) c.problems.add(new ScenarioProblem(c.file, l, key, err, "allowed: " + spec.rangeText()));
            else if (!notALever(c, key, l)) continue;
            else if (!d.keys.add(key)) c.problems.add(new ScenarioProblem(c.file, l, key, "is named twice (set, free or fixed)", "keep one"));
            else d.set.add(key + "=" + p.getText());
        }
    }

    private void readAcceptance(Ctx c, Draft d) throws IOException {
        if (!mapStart(c, "for example  acceptance: {tolerance: 0, at_least: 60}")) return;
        JsonParser p = c.p;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int l = line(p);
            p.nextToken();
            Ctx sc = new Ctx(p, c.file, "acceptance." + key, l, c.problems);
            switch (key) {
                case "tolerance" -> d.tolerance = sc.number(0, 1e6);
                case "at_least" -> d.atLeast = sc.integer(1, 10_000_000);
                default -> {
                    c.problems.add(ScenarioProblem.unknownKey(c.file, l, "acceptance." + key, List.of("tolerance", "at_least")));
                    p.skipChildren();
                }
            }
        }
    }

    private void readFree(Ctx c, Draft d) throws IOException {
        if (!mapStart(c, "for example  free: {volunteers.drift: {low: 0.002, high: 0.009}}")) return;
        JsonParser p = c.p;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int l = line(p);
            p.nextToken();
            ParameterSchema.Spec spec = known(c, key, l);
            if (spec == null) continue;
            if (CLASSROOM.contains(key)) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "belongs to the classroom fit", "it is fitted to Darley & Latane by 'samenspel bystander fit'; leave it out here"));
                p.skipChildren();
                continue;
            }
            if (!notALever(c, key, l)) {
                p.skipChildren();
                continue;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "expected the prior {low: .., high: ..}", "allowed: " + spec.rangeText()));
                p.skipChildren();
                continue;
            }
            if (spec.type() != ParameterSchema.Type.INTEGER && spec.type() != ParameterSchema.Type.NUMBER) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "only numbers can be free", "fix it instead (fixed: {" + key + ": reason})"));
                p.skipChildren();
                continue;
            }
            Double low = null;
            Double high = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String bound = p.currentName();
                int bl = line(p);
                p.nextToken();
                Ctx bc = new Ctx(p, c.file, key + "." + bound, bl, c.problems);
                if (bound.equals("low")) low = bc.number(spec.min(), spec.max());
                else if (bound.equals("high")) high = bc.number(spec.min(), spec.max());
                else {
                    c.problems.add(new ScenarioProblem(c.file, bl, key + "." + bound, "unknown key", "a prior has low and high"));
                    p.skipChildren();
                }
            }
            if (low == null || high == null) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "the prior needs both low and high (within " + spec.rangeText() + ")", "for example  {low: 0.1, high: 0.5}"));
            } else if (low >= high) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "low " + low + " is not below high " + high, "swap them"));
            } else if (!d.keys.add(key)) {
                c.problems.add(new ScenarioProblem(c.file, l, key, "is named twice (set, free or fixed)", "keep one"));
            } else {
                d.free.add(new VariedParameter(key, spec, null, low, high, 0));
            }
        }
    }

    private void readFixed(Ctx c, Draft d) throws IOException {
        if (!mapStart(c, "for example  fixed: {wijkteam.caseload: the lever of caseload-pressure}")) return;
        JsonParser p = c.p;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int l = line(p);
            p.nextToken();
            if (known(c, key, l) == null) continue;
            Ctx rc = new Ctx(p, c.file, key, l, c.problems);
            String reason = rc.text();
            if (reason == null || reason.isBlank()) continue;
            if (!d.keys.add(key)) c.problems.add(new ScenarioProblem(c.file, l, key, "is named twice (set, free or fixed)", "keep one"));
            else d.fixed.put(key, reason);
        }
    }

    private void readTargets(Ctx c, Draft d) throws IOException {
        if (!mapStart(c, "for example  targets: {attrition_12m: {outcome: volunteer_retention_12m, complement: true, published: 0.34, band_low: 0.25, band_high: 0.4, source: CNCS 2013}}")) return;
        JsonParser p = c.p;
        List<String> columns = Arrays.stream(Outcome.values()).map(o -> o.column).toList();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int l = line(p);
            p.nextToken();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                c.problems.add(new ScenarioProblem(c.file, l, "targets." + name, "expected a map", "keys: " + String.join(", ", TARGET_KEYS)));
                p.skipChildren();
                continue;
            }
            int before = c.problems.size();
            Outcome outcome = null;
            boolean complement = false;
            Double published = null, low = null, high = null;
            String source = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                int kl = line(p);
                p.nextToken();
                String where = "targets." + name + "." + k;
                Ctx tc = new Ctx(p, c.file, where, kl, c.problems);
                switch (k) {
                    case "outcome" -> {
                        String o = tc.text();
                        if (o != null && !columns.contains(o)) {
                            String near = ParameterSchema.nearestOf(o, columns);
                            c.problems.add(new ScenarioProblem(c.file, kl, where, "unknown outcome '" + o + "'", near != null ? "did you mean '" + near + "'?" : "see docs/compare.md"));
                        } else if (o != null) {
                            outcome = Outcome.byColumn(o);
                        }
                    }
                    case "complement" -> complement = tc.bool();
                    case "published" -> published = tc.number(-1e12, 1e12);
                    case "band_low" -> low = tc.number(-1e12, 1e12);
                    case "band_high" -> high = tc.number(-1e12, 1e12);
                    case "source" -> source = tc.text();
                    default -> {
                        c.problems.add(ScenarioProblem.unknownKey(c.file, kl, where, TARGET_KEYS));
                        p.skipChildren();
                    }
                }
            }
            if (c.problems.size() > before) continue;
            String where = "targets." + name;
            if (outcome == null || published == null || low == null || high == null || source == null || source.isBlank()) {
                c.problems.add(new ScenarioProblem(c.file, l, where, "needs outcome, published, band_low, band_high and source", "a target without its source is not a published figure"));
            } else if (!(low < high)) {
                c.problems.add(new ScenarioProblem(c.file, l, where, "band_low " + low + " is not below band_high " + high, "swap them"));
            } else {
                d.targets.add(new Target(name, outcome, complement, published, low, high, source));
            }
        }
    }

    private boolean notALever(Ctx c, String key, int l) {
        if (!levers.contains(key)) return true;
        c.problems.add(new ScenarioProblem(c.file, l, key, "is set by a lever scenario",
                "the calibration fits levels on the baseline and never touches a lever; patterns (validate) run the levers"));
        return false;
    }

    private ParameterSchema.Spec known(Ctx c, String key, int l) throws IOException {
        ParameterSchema.Spec spec = schema.spec(key);
        if (spec != null) return spec;
        String near = schema.nearest(key);
        c.problems.add(new ScenarioProblem(c.file, l, key, "unknown parameter", near != null ? "did you mean '" + near + "'?" : "keys as in scenarios/baseline.yaml"));
        c.p.skipChildren();
        return null;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** The parser on one key's value, with where to report problems. */
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

        boolean bool() throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) return t == JsonToken.VALUE_TRUE;
            problem(key, "expected true or false", null);
            p.skipChildren();
            return false;
        }

        Double number(double min, double max) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                problem(key, "expected a number", "between " + nl.samenspel.output.Numbers.format(min) + " and " + nl.samenspel.output.Numbers.format(max));
                p.skipChildren();
                return null;
            }
            double v = p.getDoubleValue();
            if (v < min || v > max) {
                problem(key, "value " + nl.samenspel.output.Numbers.format(v) + " is out of range " + nl.samenspel.output.Numbers.format(min) + ".." + nl.samenspel.output.Numbers.format(max), null);
                return null;
            }
            return v;
        }

        Long integer(long min, long max) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                problem(key, "expected a whole number", "between " + min + " and " + max);
                p.skipChildren();
                return null;
            }
            long v = p.getLongValue();
            if (v < min || v > max) {
                problem(key, "value " + v + " is out of range " + min + ".." + max, null);
                return null;
            }
            return v;
        }
    }

    /** What has been read; {@link #build} checks what needs several keys. */
    private static final class Draft {
        String name;
        String description;
        String scenario;
        final List<String> set = new ArrayList<>();
        final Set<String> keys = new HashSet<>();
        Long years;
        Long seed;
        Long draws;
        Long replications;
        Long checkReplications;
        Double tolerance;
        Long atLeast;
        final List<VariedParameter> free = new ArrayList<>();
        final Map<String, String> fixed = new LinkedHashMap<>();
        final List<Target> targets = new ArrayList<>();

        CalibrationFile build(String file, String text, List<ScenarioProblem> problems) throws ScenarioException {
            if (name == null) problems.add(new ScenarioProblem(file, 1, "name", "is missing", "give the calibration a name"));
            if (years == null) problems.add(new ScenarioProblem(file, 1, "years", "is missing", "reported years per draw, e.g. years: 3"));
            if (draws == null) problems.add(new ScenarioProblem(file, 1, "draws", "is missing", "draws from the priors, e.g. draws: 1500"));
            if (free.isEmpty()) problems.add(new ScenarioProblem(file, 1, "free", "no free parameter", "name at least one parameter with its prior"));
            if (targets.isEmpty()) problems.add(new ScenarioProblem(file, 1, "targets", "no target", "name at least one published figure"));
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            return new CalibrationFile(file, text, name, description == null ? "" : description, scenario == null ? "baseline" : scenario,
                    List.copyOf(set), years.intValue(), seed == null ? 1 : seed, draws.intValue(), replications == null ? 1 : replications.intValue(),
                    tolerance == null ? 0 : tolerance, atLeast == null ? 1 : atLeast.intValue(), checkReplications == null ? 20 : checkReplications.intValue(),
                    List.copyOf(free), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed)), List.copyOf(targets));
        }
    }
}
