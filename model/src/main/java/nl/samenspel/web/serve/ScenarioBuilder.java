package nl.samenspel.web.serve;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ParameterSchema;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioReader;
import nl.samenspel.scenario.ScenarioResolver;
import nl.samenspel.web.Refusal;
import nl.samenspel.web.Texts;

/**
 * "Your own scenario": one control per parameter of the schema (the municipality's levers first,
 * the rest under advanced, each with unit, range, meaning and source from baseline.yaml), and the
 * scenario file those controls stand for. The file is the command line's format, and the same
 * strict reader reads it back, so an uploaded file gets the command line's messages.
 */
public final class ScenarioBuilder {
    public static final String FIELD_PREFIX = "p.";
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    /** One control of the builder, as the template shows it. */
    public record Control(String key, String field, String label, boolean select, String min, String max, String step, String value,
                          List<Choice> choices, String unit, String range, String meaning, String source, boolean assumed, boolean lever) {}

    public record Choice(String value, String label, boolean selected) {}

    /** A built scenario: its name, the settings that differ from the baseline, and its file's text. */
    public record Built(String name, String title, Map<String, Object> changes, String yaml) {}

    private final ParameterSchema schema = ParameterSchema.get();
    private final ParameterDocs docs = ParameterDocs.baseline();
    private final Map<String, Object> baseline;

    public ScenarioBuilder() {
        try {
            baseline = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of()).flatValues();
        } catch (ScenarioException e) {
            throw new IllegalStateException("the baseline scenario does not load: " + e.getMessage(), e);
        }
    }

    public List<String> levers(Texts t) {
        return List.of(t.t("levers").split(","));
    }

    /** The controls, levers first, with the given values (a field's text) where present, else the baseline's. */
    public List<Control> controls(Texts t, Map<String, String> values) {
        List<Control> out = new ArrayList<>();
        List<String> levers = levers(t);
        for (String key : levers) out.add(control(t, key, values, true));
        for (String key : schema.keys()) if (!levers.contains(key)) out.add(control(t, key, values, false));
        return out;
    }

    private Control control(Texts t, String key, Map<String, String> values, boolean lever) {
        ParameterSchema.Spec spec = schema.spec(key);
        ParameterDocs.Entry e = docs.entry(key);
        String value = values.getOrDefault(key, text(baseline.get(key)));
        List<Choice> choices = new ArrayList<>();
        boolean select = false;
        switch (spec.type()) {
            case BOOLEAN -> {
                select = true;
                choices.add(new Choice("true", t.t("yes"), value.equals("true")));
                choices.add(new Choice("false", t.t("no"), !value.equals("true")));
            }
            case CHOICE -> {
                select = true;
                for (String c : spec.choices()) choices.add(new Choice(c, t.t("choice." + c).startsWith("choice.") ? c : t.t("choice." + c), c.equals(value)));
            }
            default -> { }
        }
        boolean integer = spec.type() == ParameterSchema.Type.INTEGER;
        String label = lever ? t.t("lever." + key) : key;
        return new Control(key, FIELD_PREFIX + key, label, select, bound(spec.min()), bound(spec.max()), integer ? "1" : "any", value, choices,
                e == null ? "" : e.unit(), spec.rangeText(), e == null ? "" : e.meaning(), e == null ? "" : e.source(), e != null && e.assumed(), lever);
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? "" : text(v);
    }

    /** A value as the file and the form write it: whole numbers without a point, others in plain decimals. */
    static String text(Object v) {
        if (v instanceof Double d) return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return String.valueOf(v);
    }

    /**
     * Reads the builder's fields ({@code p.KEY}); every value is checked against the schema.
     * @return the settings that differ from the baseline, in schema order
     */
    public Map<String, Object> changes(Map<String, String> fields) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String key : schema.keys()) {
            String text = fields.get(key);
            if (text == null) continue;
            ParameterSchema.Spec spec = schema.spec(key);
            Object v = ScenarioReader.parseValue(text.trim());
            String err = spec.check(v);
            if (err != null) {
                problems.add(key + ": " + err + " (allowed: " + spec.rangeText() + ")");
                continue;
            }
            Object value = ScenarioReader.normalise(spec, v);
            if (!Objects.equals(value, baseline.get(key))) changes.put(key, value);
        }
        for (String key : fields.keySet()) if (schema.spec(key) == null) throw Refusal.badRequest(FIELD_PREFIX + ComparisonForm.shorten(key) + ": unknown parameter");
        if (!problems.isEmpty()) throw Refusal.invalid(String.join("\n", problems));
        return changes;
    }

    public static void checkName(String name, List<String> taken) {
        if (name == null || !name.matches(NAME_PATTERN)) throw Refusal.invalid("own.name: '" + ComparisonForm.shorten(name) + "' is not a name: use 1-40 lower-case letters, digits and dashes, starting with a letter or digit");
        if (taken.contains(name) || name.equals("own")) throw Refusal.invalid("own.name: '" + name + "' is already a scenario; choose another name");
    }

    /** The scenario file of a built scenario, on the baseline, as {@code samenspel} reads it. */
    public Built build(String name, String title, Map<String, Object> changes) {
        StringBuilder y = new StringBuilder();
        y.append("# Built in the Samenspel web app. The command line reads it as it is:\n");
        y.append("#   samenspel compare baseline ").append(name).append("   (with this file in ./scenarios/)\n");
        y.append("name: ").append(name).append('\n');
        if (title != null && !title.isBlank()) y.append("title: ").append(quoted(title.strip())).append('\n');
        y.append("bases: [baseline]\n");
        y.append("parameters:");
        if (changes.isEmpty()) y.append(" {}");
        y.append('\n');
        String section = null;
        for (Map.Entry<String, Object> c : changes.entrySet()) {
            int dot = c.getKey().lastIndexOf('.');
            String s = c.getKey().substring(0, dot);
            if (!s.equals(section)) {
                y.append("  ").append(s).append(":\n");
                section = s;
            }
            y.append("    ").append(c.getKey().substring(dot + 1)).append(": ").append(text(c.getValue())).append('\n');
        }
        return new Built(name, title == null ? "" : title.strip(), changes, y.toString());
    }

    /** A double-quoted YAML string (JSON's escapes are YAML's). */
    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') b.append('\\').append(ch);
            else if (ch < 0x20 || ch == 0x7f) b.append(String.format("\\u%04x", (int) ch));
            else b.append(ch);
        }
        return b.append('"').toString();
    }

    /** An uploaded file read by the command line's strict reader: its values, or the reader's message. */
    public record Upload(String name, String title, Map<String, String> values) {}

    public Upload read(String fileName, byte[] content, Texts t) {
        String safe = fileName == null ? "scenario.yaml" : Path.of(fileName.replace('\\', '/')).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (!safe.endsWith(".yaml") && !safe.endsWith(".yml")) safe = safe + ".yaml";
        Path dir = null;
        try {
            dir = Files.createTempDirectory("samenspel-upload");
            Path f = dir.resolve(safe);
            Files.write(f, content);
            ResolvedScenario r;
            try {
                r = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve(f.toString(), List.of());
            } catch (ScenarioException e) {
                throw Refusal.invalid(e.getMessage().replace(dir.toString() + "/", ""));
            }
            Map<String, String> values = new LinkedHashMap<>();
            r.flatValues().forEach((k, v) -> values.put(k, text(v)));
            String name = r.top().name() != null && r.top().name().matches(NAME_PATTERN) ? r.top().name() : "";
            String title = r.top().title().containsKey(t.lang()) ? r.top().title(t.lang()) : r.top().title().getOrDefault("en", "");
            return new Upload(name, title, values);
        } catch (IOException e) {
            throw new IllegalStateException("cannot stage the uploaded file: " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteTree(dir);
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
