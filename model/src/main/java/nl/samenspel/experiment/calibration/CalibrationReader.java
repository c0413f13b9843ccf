package nl.samenspel.experiment.calibration;

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
import nl.samenspel.scenario.StrictYaml;
import nl.samenspel.scenario.YamlFields;
import nl.samenspel.scenario.YamlNode;
import nl.samenspel.scenario.YamlScalars;

/**
 * Reads {@code scenarios/calibration.yaml} strictly, with the project's one YAML reader
 * ({@link StrictYaml}): parameter keys and values checked against {@link ParameterSchema},
 * unknown keys named with the nearest valid one, every problem (file, line, key, hint) reported
 * together. This is the only class that knows the file's layout.
 */
public final class CalibrationReader {
    public static final String DEFAULT = "scenarios/calibration.yaml";
    static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "set", "years", "seed", "draws", "replications",
            "check_replications", "acceptance", "smc", "free", "fixed", "targets");
    static final List<String> TARGET_KEYS = List.of("outcome", "complement", "published", "band_low", "band_high", "source");
    /** The classroom fit owns these (MODEL.md section 7); the care model only borrows them. */
    static final Set<String> CLASSROOM = Set.of("bystander.diffusion", "bystander.social_proof");
    private final ParameterSchema schema = ParameterSchema.get();
    private final Set<String> levers;

    /** @param levers parameter keys that lever scenarios set ({@link Levers#keys()}): never free, never set for the fit */
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
        YamlNode root = StrictYaml.parse(file, text);
        List<ScenarioProblem> problems = new ArrayList<>();
        if (!(root instanceof YamlNode.MapNode top)) {
            throw new ScenarioException(new ScenarioProblem(file, root.line(), "", "a calibration file must be a map of keys, got " + root.kind(), "see " + DEFAULT));
        }
        Draft d = new Draft();
        for (YamlNode.Entry e : top.entries()) {
            String key = e.key();
            switch (key) {
                case "name" -> d.name = YamlFields.text(file, e, problems);
                case "description" -> d.description = YamlFields.text(file, e, problems);
                case "scenario" -> {
                    d.scenario = YamlFields.text(file, e, problems);
                    if (d.scenario != null && !d.scenario.equals("baseline")) {
                        problems.add(new ScenarioProblem(file, e.line(), key, "the calibration fits the baseline only, not '" + d.scenario + "'",
                                "levels are fitted on the baseline; lever scenarios are the patterns' business (validate)"));
                    }
                }
                case "set" -> readSet(file, e, d, problems);
                case "years" -> d.years = YamlFields.integer(file, e, 1, 100, problems);
                case "seed" -> d.seed = YamlFields.integer(file, e, Long.MIN_VALUE, Long.MAX_VALUE, problems);
                case "draws" -> d.draws = YamlFields.integer(file, e, 1, 10_000_000, problems);
                case "replications" -> d.replications = YamlFields.integer(file, e, 1, 10_000, problems);
                case "check_replications" -> d.checkReplications = YamlFields.integer(file, e, 2, 10_000, problems);
                case "acceptance" -> readAcceptance(file, e, d, problems);
                case "smc" -> readSmc(file, e, d, problems);
                case "free" -> readFree(file, e, d, problems);
                case "fixed" -> readFixed(file, e, d, problems);
                case "targets" -> readTargets(file, e, d, problems);
                default -> problems.add(ScenarioProblem.unknownKey(file, e.line(), key, TOP_KEYS));
            }
        }
        return d.build(file, text, problems);
    }

    private static YamlNode.MapNode map(String file, YamlNode.Entry e, String example, List<ScenarioProblem> problems) {
        if (e.value() instanceof YamlNode.MapNode m) return m;
        problems.add(new ScenarioProblem(file, e.line(), e.key(), "expected a map, got " + YamlFields.describe(e.value()), example));
        return null;
    }

    /** An entry renamed to its full dotted name, for messages. */
    private static YamlNode.Entry at(YamlNode.Entry e, String name) {
        return new YamlNode.Entry(name, e.line(), e.value(), e.comment());
    }

    private void readSet(String file, YamlNode.Entry e, Draft d, List<ScenarioProblem> problems) {
        YamlNode.MapNode m = map(file, e, "for example  set: {simulation.warmup_weeks: 52}", problems);
        if (m == null) return;
        for (YamlNode.Entry c : m.entries()) {
            ParameterSchema.Spec spec = known(file, c, problems);
            if (spec == null) continue;
            if (!(c.value() instanceof YamlNode.Scalar s)) {
                problems.add(new ScenarioProblem(file, c.line(), c.key(), "expected a single value, got " + c.value().kind(), "allowed: " + spec.rangeText()));
                continue;
            }
            Object value = s.value();
            if (value instanceof YamlScalars.Refused r) {
                problems.add(new ScenarioProblem(file, c.line(), c.key(), r.message(), r.hint()));
                continue;
            }
            String err = spec.check(value);
            if (err != null) problems.add(new ScenarioProblem(file, c.line(), c.key(), err, "allowed: " + spec.rangeText()));
            else if (!notALever(file, c, problems)) continue;
            else if (!d.keys.add(c.key())) problems.add(twice(file, c));
            else d.set.add(c.key() + "=" + s.text());
        }
    }

    private void readAcceptance(String file, YamlNode.Entry e, Draft d, List<ScenarioProblem> problems) {
        YamlNode.MapNode m = map(file, e, "for example  acceptance: {tolerance: 0, at_least: 60}", problems);
        if (m == null) return;
        for (YamlNode.Entry c : m.entries()) {
            YamlNode.Entry named = at(c, "acceptance." + c.key());
            switch (c.key()) {
                case "tolerance" -> d.tolerance = YamlFields.number(file, named, 0, 1e6, problems);
                case "at_least" -> d.atLeast = YamlFields.integer(file, named, 1, 10_000_000, problems);
                default -> problems.add(ScenarioProblem.unknownKey(file, c.line(), named.key(), List.of("tolerance", "at_least")));
            }
        }
    }

    private void readSmc(String file, YamlNode.Entry e, Draft d, List<ScenarioProblem> problems) {
        YamlNode.MapNode m = map(file, e, "for example  smc: {rounds: 3, draws: 2000}", problems);
        if (m == null) return;
        for (YamlNode.Entry c : m.entries()) {
            YamlNode.Entry named = at(c, "smc." + c.key());
            switch (c.key()) {
                case "rounds" -> d.rounds = YamlFields.integer(file, named, 0, 100, problems);
                case "draws" -> d.roundDraws = YamlFields.integer(file, named, 1, 10_000_000, problems);
                default -> problems.add(ScenarioProblem.unknownKey(file, c.line(), named.key(), List.of("rounds", "draws")));
            }
        }
    }

    private void readFree(String file, YamlNode.Entry e, Draft d, List<ScenarioProblem> problems) {
        YamlNode.MapNode m = map(file, e, "for example  free: {volunteers.drift: {low: 0.002, high: 0.009}}", problems);
        if (m == null) return;
        for (YamlNode.Entry c : m.entries()) {
            ParameterSchema.Spec spec = known(file, c, problems);
            if (spec == null) continue;
            if (CLASSROOM.contains(c.key())) {
                problems.add(new ScenarioProblem(file, c.line(), c.key(), "belongs to the classroom fit", "it is fitted to Darley & Latane by 'samenspel bystander fit'; leave it out here"));
                continue;
            }
            if (!notALever(file, c, problems)) continue;
            if (spec.type() != ParameterSchema.Type.INTEGER && spec.type() != ParameterSchema.Type.NUMBER) {
                problems.add(new ScenarioProblem(file, c.line(), c.key(), "only numbers can be free", "fix it instead (fixed: {" + c.key() + ": reason})"));
                continue;
            }
            if (!(c.value() instanceof YamlNode.MapNode prior)) {
                problems.add(new ScenarioProblem(file, c.line(), c.key(), "expected the prior {low: .., high: ..}, got " + YamlFields.describe(c.value()), "allowed: " + spec.rangeText()));
                continue;
            }
            Double low = null, high = null;
            int before = problems.size();
            for (YamlNode.Entry b : prior.entries()) {
                YamlNode.Entry named = at(b, c.key() + "." + b.key());
                switch (b.key()) {
                    case "low" -> low = YamlFields.number(file, named, spec.min(), spec.max(), problems);
                    case "high" -> high = YamlFields.number(file, named, spec.min(), spec.max(), problems);
                    default -> problems.add(new ScenarioProblem(file, b.line(), named.key(), "unknown key", "a prior has low and high"));
                }
            }
            if (problems.size() > before) continue;
            if (low == null || high == null) {
                problems.add(new ScenarioProblem(file, c.line(), c.key(), "the prior needs both low and high (within " + spec.rangeText() + ")", "for example  {low: 0.1, high: 0.5}"));
            } else if (low >= high) {
                problems.add(new ScenarioProblem(file, c.line(), c.key(), "low " + ParameterSchema.fmt(low) + " is not below high " + ParameterSchema.fmt(high), "swap them"));
            } else if (!d.keys.add(c.key())) {
                problems.add(twice(file, c));
            } else {
                d.free.add(new VariedParameter(c.key(), spec, null, low, high, 0));
            }
        }
    }

    private void readFixed(String file, YamlNode.Entry e, Draft d, List<ScenarioProblem> problems) {
        YamlNode.MapNode m = map(file, e, "for example  fixed: {wijkteam.caseload: the lever of caseload-pressure}", problems);
        if (m == null) return;
        for (YamlNode.Entry c : m.entries()) {
            if (known(file, c, problems) == null) continue;
            String reason = YamlFields.text(file, c, problems);
            if (reason == null) continue;
            if (!d.keys.add(c.key())) problems.add(twice(file, c));
            else d.fixed.put(c.key(), reason);
        }
    }

    private void readTargets(String file, YamlNode.Entry e, Draft d, List<ScenarioProblem> problems) {
        YamlNode.MapNode m = map(file, e, "for example  targets: {attrition_12m: {outcome: volunteer_retention_12m, complement: true, published: 0.34, band_low: 0.25, band_high: 0.4, source: CNCS 2013}}", problems);
        if (m == null) return;
        List<String> columns = Arrays.stream(Outcome.values()).map(o -> o.column).toList();
        for (YamlNode.Entry t : m.entries()) {
            String where = "targets." + t.key();
            if (!(t.value() instanceof YamlNode.MapNode tm)) {
                problems.add(new ScenarioProblem(file, t.line(), where, "expected a map, got " + YamlFields.describe(t.value()), "keys: " + String.join(", ", TARGET_KEYS)));
                continue;
            }
            int before = problems.size();
            Outcome outcome = null;
            boolean complement = false;
            Double published = null, low = null, high = null;
            String source = null;
            for (YamlNode.Entry c : tm.entries()) {
                YamlNode.Entry named = at(c, where + "." + c.key());
                switch (c.key()) {
                    case "outcome" -> {
                        String o = YamlFields.text(file, named, problems);
                        if (o != null && !columns.contains(o)) {
                            String near = ParameterSchema.nearestOf(o, columns);
                            problems.add(new ScenarioProblem(file, c.line(), named.key(), "unknown outcome '" + o + "'", near != null ? "did you mean '" + near + "'?" : "see docs/compare.md"));
                        } else if (o != null) {
                            outcome = Outcome.byColumn(o);
                        }
                    }
                    case "complement" -> {
                        Object v = c.value() instanceof YamlNode.Scalar s ? s.value() : null;
                        if (v instanceof Boolean b) complement = b;
                        else problems.add(new ScenarioProblem(file, c.line(), named.key(), "expected true or false, got " + YamlFields.describe(c.value()), null));
                    }
                    case "published" -> published = YamlFields.number(file, named, -1e12, 1e12, problems);
                    case "band_low" -> low = YamlFields.number(file, named, -1e12, 1e12, problems);
                    case "band_high" -> high = YamlFields.number(file, named, -1e12, 1e12, problems);
                    case "source" -> source = YamlFields.text(file, named, problems);
                    default -> problems.add(ScenarioProblem.unknownKey(file, c.line(), named.key(), TARGET_KEYS));
                }
            }
            if (problems.size() > before) continue;
            if (outcome == null || published == null || low == null || high == null || source == null || source.isBlank()) {
                problems.add(new ScenarioProblem(file, t.line(), where, "needs outcome, published, band_low, band_high and source", "a target without its source is not a published figure"));
            } else if (!(low < high)) {
                problems.add(new ScenarioProblem(file, t.line(), where, "band_low " + ParameterSchema.fmt(low) + " is not below band_high " + ParameterSchema.fmt(high), "swap them"));
            } else if (published < low || published > high) {
                problems.add(new ScenarioProblem(file, t.line(), where, "published " + ParameterSchema.fmt(published) + " lies outside its own band "
                        + ParameterSchema.fmt(low) + "-" + ParameterSchema.fmt(high), "the band is the range accepted around the published figure: check both"));
            } else {
                d.targets.add(new Target(t.key(), outcome, complement, published, low, high, source));
            }
        }
    }

    private boolean notALever(String file, YamlNode.Entry c, List<ScenarioProblem> problems) {
        if (!levers.contains(c.key())) return true;
        problems.add(new ScenarioProblem(file, c.line(), c.key(), "is set by a lever scenario",
                "the calibration fits levels on the baseline and never touches a lever; patterns (validate) run the levers"));
        return false;
    }

    private static ScenarioProblem twice(String file, YamlNode.Entry c) {
        return new ScenarioProblem(file, c.line(), c.key(), "is named twice (set, free or fixed)", "keep one");
    }

    private ParameterSchema.Spec known(String file, YamlNode.Entry c, List<ScenarioProblem> problems) {
        ParameterSchema.Spec spec = schema.spec(c.key());
        if (spec != null) return spec;
        String near = schema.nearest(c.key());
        problems.add(new ScenarioProblem(file, c.line(), c.key(), "unknown parameter", near != null ? "did you mean '" + near + "'?" : "keys as in scenarios/baseline.yaml"));
        return null;
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
        Long rounds;
        Long roundDraws;
        final List<VariedParameter> free = new ArrayList<>();
        final Map<String, String> fixed = new LinkedHashMap<>();
        final List<Target> targets = new ArrayList<>();

        CalibrationFile build(String file, String text, List<ScenarioProblem> problems) throws ScenarioException {
            if (name == null) problems.add(new ScenarioProblem(file, 1, "name", "is missing", "give the calibration a name"));
            if (years == null) problems.add(new ScenarioProblem(file, 1, "years", "is missing", "reported years per draw, e.g. years: 3"));
            if (draws == null) problems.add(new ScenarioProblem(file, 1, "draws", "is missing", "draws from the priors, e.g. draws: 1500"));
            if (free.isEmpty()) problems.add(new ScenarioProblem(file, 1, "free", "no free parameter", "name at least one parameter with its prior"));
            if (targets.isEmpty()) problems.add(new ScenarioProblem(file, 1, "targets", "no target", "name at least one published figure"));
            if (rounds != null && rounds > 0 && roundDraws == null) problems.add(new ScenarioProblem(file, 1, "smc.draws", "is missing", "new draws in each round, e.g. smc: {rounds: 3, draws: 2000}"));
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            return new CalibrationFile(file, text, name, description == null ? "" : description, scenario == null ? "baseline" : scenario,
                    List.copyOf(set), years.intValue(), seed == null ? 1 : seed, draws.intValue(), replications == null ? 1 : replications.intValue(),
                    tolerance == null ? 0 : tolerance, atLeast == null ? 1 : atLeast.intValue(), checkReplications == null ? 20 : checkReplications.intValue(),
                    rounds == null ? 0 : rounds.intValue(), roundDraws == null ? 0 : roundDraws.intValue(),
                    List.copyOf(free), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed)), List.copyOf(targets));
        }
    }
}
