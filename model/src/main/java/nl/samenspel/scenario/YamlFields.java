package nl.samenspel.scenario;

import java.util.List;

/** Small typed reads of one map entry, shared by the file readers; each failure adds a problem. */
public final class YamlFields {
    private YamlFields() {}

    /** A single text value, or null (with a problem) for a list, a map or nothing. */
    public static String text(String file, YamlNode.Entry e, List<ScenarioProblem> problems) {
        if (e.value() instanceof YamlNode.Scalar s && !s.isNull()) return s.text();
        problems.add(new ScenarioProblem(file, e.line(), e.key(), "expected a single text value, got " + describe(e.value()), null));
        return null;
    }

    /** A name or a list of names. */
    public static void strings(String file, YamlNode.Entry e, List<String> out, List<ScenarioProblem> problems) {
        if (e.value() instanceof YamlNode.Scalar s) {
            if (!s.isNull()) out.add(s.text());
            return;
        }
        if (e.value() instanceof YamlNode.Seq q) {
            for (YamlNode item : q.items()) {
                if (item instanceof YamlNode.Scalar s) out.add(s.text());
                else problems.add(new ScenarioProblem(file, item.line(), e.key(), "expected a list of names, got " + item.kind() + " in it", null));
            }
            return;
        }
        problems.add(new ScenarioProblem(file, e.line(), e.key(), "expected a name or a list of names, got " + e.value().kind(), null));
    }

    /** A whole number in min..max, or null with a problem. */
    public static Long integer(String file, YamlNode.Entry e, long min, long max, List<ScenarioProblem> problems) {
        Object v = e.value() instanceof YamlNode.Scalar s ? s.value() : null;
        if (v instanceof YamlScalars.Refused r) {
            problems.add(new ScenarioProblem(file, e.line(), e.key(), r.message(), r.hint()));
            return null;
        }
        if (!(v instanceof Long l)) {
            problems.add(new ScenarioProblem(file, e.line(), e.key(), "expected a whole number, got " + describe(e.value()), "between " + min + " and " + max));
            return null;
        }
        if (l < min || l > max) {
            problems.add(new ScenarioProblem(file, e.line(), e.key(), "value " + l + " is out of range " + min + ".." + max, null));
            return null;
        }
        return l;
    }

    /** A finite number in min..max, or null with a problem. */
    public static Double number(String file, YamlNode.Entry e, double min, double max, List<ScenarioProblem> problems) {
        Object v = e.value() instanceof YamlNode.Scalar s ? s.value() : null;
        if (v instanceof YamlScalars.Refused r) {
            problems.add(new ScenarioProblem(file, e.line(), e.key(), r.message(), r.hint()));
            return null;
        }
        if (!(v instanceof Number n)) {
            problems.add(new ScenarioProblem(file, e.line(), e.key(), "expected a number, got " + describe(e.value()), null));
            return null;
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            problems.add(new ScenarioProblem(file, e.line(), e.key(), "value " + ParameterSchema.fmt(d) + " is out of range " + ParameterSchema.fmt(min) + ".." + ParameterSchema.fmt(max), null));
            return null;
        }
        return d;
    }

    /** How a node reads in a message: its text for a value, else its kind. */
    public static String describe(YamlNode n) {
        if (n instanceof YamlNode.Scalar s) return s.isNull() ? "nothing" : "'" + s.text() + "'";
        return n.kind();
    }
}
