package nl.samenspel.scenario;

import java.util.List;

/**
 * One node of a file read by {@link StrictYaml}: a scalar, a list or a map, each with its line.
 * Scalars keep their text; what they mean (number, true/false, text) is decided by
 * {@link YamlScalars} where the file kind's shape asks for a value.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Seq, YamlNode.MapNode {
    int line();

    /** A short name of the node's kind, for messages: "a list", "a map", "a value". */
    String kind();

    /** Text as written; {@code plain} is false for quoted and block scalars (always text). */
    record Scalar(String text, boolean plain, int line) implements YamlNode {
        /** The value as YAML 1.2's JSON schema reads it (see {@link YamlScalars#resolve}). */
        public Object value() {
            return plain ? YamlScalars.resolve(text) : text;
        }

        public boolean isNull() {
            return plain && value() == null;
        }

        @Override
        public String kind() {
            return "a value";
        }
    }

    record Seq(List<YamlNode> items, int line) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** One key of a map: its line and the comment written after it on the same line (or ""). */
    record Entry(String key, int line, YamlNode value, String comment) {}

    record MapNode(List<Entry> entries, int line) implements YamlNode {
        @Override
        public String kind() {
            return "a map";
        }
    }
}
