package nl.samenspel.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The one YAML reader of every input file (scenarios, experiments, the bystander fit, the
 * calibration file): snakeyaml-engine's event parser, with the tree built here so that every
 * limit is ours. One document per file; at most {@link #MAX_CHARS} characters, {@link #MAX_DEPTH}
 * levels, {@link #MAX_ALIASES} aliases and {@link #MAX_NODES} nodes (aliases counted expanded);
 * lines of at most {@link #MAX_LINE} characters; no tags; duplicate keys and non-text keys refused; the comment after each key kept (the
 * parameter docs of baseline.yaml live there). Scalars keep their text; {@link YamlScalars}
 * gives their meaning. Problems come back as {@link ScenarioProblem}s naming file and line.
 */
public final class StrictYaml {
    public static final int MAX_CHARS = 1 << 20;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_ALIASES = 100;
    public static final int MAX_NODES = 200_000;
    public static final int MAX_LINE = 1 << 16;

    private StrictYaml() {}

    /** Parses a whole file; throws with every problem found (parsing stops at the first broken one). */
    public static YamlNode parse(String file, String text) throws ScenarioException {
        if (text.length() > MAX_CHARS) {
            throw new ScenarioException(new ScenarioProblem(file, 0, "", "is larger than " + (MAX_CHARS >> 20) + " MB",
                    "input files are small text files; check that this is the file you meant"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        // The parser's work on one very long line grows faster than its length (1 MB on one line:
        // ~15 s); no input file needs lines this long, so they are refused in one linear pass first.
        for (int start = 0, line = 1; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end - start > MAX_LINE) {
                throw new ScenarioException(new ScenarioProblem(file, line, "", "line is longer than " + MAX_LINE + " characters (" + (end - start) + ")",
                        "input files have short lines; check that this is the file you meant"));
            }
            start = end + 1;
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file).setParseComments(true)
                .setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(MAX_CHARS + 1).build();
        Builder b = new Builder(file);
        try {
            Iterator<Event> events = new Parse(settings).parseString(text).iterator();
            while (events.hasNext()) {
                b.accept(events.next());
                if (!b.problems.isEmpty()) break;
            }
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String what = e.getProblem() == null ? "" : e.getProblem().strip();
            if (b.documentEnded && what.startsWith("expected '<document start>'")) {
                b.problems.add(new ScenarioProblem(file, line, "", "holds text after the end of the document ('...')", "one file holds one document: remove the text after '...'"));
            } else {
                b.problems.add(new ScenarioProblem(file, line, "", "not valid YAML: " + what, "check indentation, colons and brackets"));
            }
        } catch (YamlEngineException e) {
            String what = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            b.problems.add(new ScenarioProblem(file, 0, "", "not valid YAML: " + what, "check indentation, colons and brackets"));
        }
        if (!b.problems.isEmpty()) throw new ScenarioException(b.problems);
        if (b.root == null) throw new ScenarioException(new ScenarioProblem(file, 1, "", "the file is empty", null));
        return b.root;
    }

    /** A container being filled, with the key waiting for its value when it is a map. */
    private static final class Open {
        final int line;
        final String anchor;
        final List<YamlNode> items = new ArrayList<>();
        final List<YamlNode.Entry> entries;
        final Set<String> keys = new HashSet<>();
        String pendingKey;
        int pendingLine;
        long size = 1;

        Open(int line, String anchor, boolean map) {
            this.line = line;
            this.anchor = anchor;
            this.entries = map ? new ArrayList<>() : null;
        }
    }

    private static final class Builder {
        final String file;
        final List<ScenarioProblem> problems = new ArrayList<>();
        final Deque<Open> stack = new ArrayDeque<>();
        final Map<String, YamlNode> anchors = new HashMap<>();
        final Map<YamlNode, Long> sizes = new java.util.IdentityHashMap<>();
        YamlNode root;
        int documents;
        boolean documentEnded;
        int aliases;
        /** The last entry added, so that a same-line comment after its value can be attached. */
        Open lastMap;
        int lastEntryIndex = -1;

        Builder(String file) {
            this.file = file;
        }

        void accept(Event e) {
            int line = line(e);
            switch (e.getEventId()) {
                case StreamStart, StreamEnd -> { }
                case DocumentStart -> {
                    if (++documents > 1) problem(line, "", "holds a second YAML document (after '---' or '...')", "one file holds one document: remove the second, or put it in a file of its own");
                }
                case DocumentEnd -> documentEnded = true;
                case Comment -> comment((CommentEvent) e);
                case Scalar -> scalar((ScalarEvent) e, line);
                case Alias -> alias((AliasEvent) e, line);
                case MappingStart, SequenceStart -> {
                    CollectionStartEvent c = (CollectionStartEvent) e;
                    if (!noTag(c.getTag(), line)) return;
                    if (stack.size() >= MAX_DEPTH) {
                        problem(line, "", "is nested more than " + MAX_DEPTH + " levels deep", "input files need a few levels; check the brackets and indentation");
                        return;
                    }
                    if (stack.peek() != null && stack.peek().entries != null && stack.peek().pendingKey == null) {
                        problem(line, "", "a key must be text, not " + (e.getEventId() == Event.ID.MappingStart ? "a map" : "a list"), "write key: value");
                        return;
                    }
                    stack.push(new Open(line, anchor(c), e.getEventId() == Event.ID.MappingStart));
                }
                case MappingEnd, SequenceEnd -> {
                    Open o = stack.pop();
                    YamlNode n = o.entries != null ? new YamlNode.MapNode(List.copyOf(o.entries), o.line) : new YamlNode.Seq(List.copyOf(o.items), o.line);
                    add(n, o.anchor, o.size, line);
                }
            }
        }

        void scalar(ScalarEvent s, int line) {
            if (!noTag(s.getTag(), line)) return;
            Open top = stack.peek();
            if (top != null && top.entries != null && top.pendingKey == null) {
                String key = s.getValue();
                if (!top.keys.add(key)) {
                    problem(line, key, "is given twice", "keep one");
                    return;
                }
                top.pendingKey = key;
                top.pendingLine = line;
                return;
            }
            add(new YamlNode.Scalar(s.getValue(), s.isPlain(), line), anchor(s), 1, line);
        }

        void alias(AliasEvent a, int line) {
            String name = a.getAlias().getValue();
            YamlNode n = anchors.get(name);
            if (n == null) {
                problem(line, "", "alias *" + name + " names no anchor", "define &" + name + " before using it");
                return;
            }
            if (++aliases > MAX_ALIASES) {
                problem(line, "", "uses more than " + MAX_ALIASES + " aliases (*name)", "write the values out");
                return;
            }
            Open top = stack.peek();
            if (top != null && top.entries != null && top.pendingKey == null) {
                problem(line, "", "an alias cannot be a key", "write the key out");
                return;
            }
            add(n, null, sizes.getOrDefault(n, 1L), line);
        }

        void add(YamlNode n, String anchor, long size, int line) {
            if (anchor != null) anchors.put(anchor, n);
            if (size > 1) sizes.put(n, size);
            Open top = stack.peek();
            if (top == null) {
                if (documents <= 1) root = n;
                return;
            }
            top.size += size;
            if (top.size > MAX_NODES) {
                problem(line, "", "expands to more than " + MAX_NODES + " values", "input files are small; an alias bomb is refused");
                return;
            }
            if (top.entries != null) {
                top.entries.add(new YamlNode.Entry(top.pendingKey, top.pendingLine, n, ""));
                top.pendingKey = null;
                lastMap = top;
                lastEntryIndex = top.entries.size() - 1;
            } else {
                top.items.add(n);
                lastMap = null;
            }
        }

        void comment(CommentEvent c) {
            if (c.getCommentType() != CommentType.IN_LINE || lastMap == null || lastEntryIndex < 0) return;
            YamlNode.Entry e = lastMap.entries.get(lastEntryIndex);
            if (!(e.value() instanceof YamlNode.Scalar) || line(c) != e.line() || !e.comment().isEmpty()) return;
            lastMap.entries.set(lastEntryIndex, new YamlNode.Entry(e.key(), e.line(), e.value(), c.getValue().strip()));
        }

        boolean noTag(Optional<String> tag, int line) {
            if (tag.isEmpty() || tag.get().equals("!")) return true;
            problem(line, "", "YAML tags (" + tag.get() + ") are not read", "remove the tag; quote a value to make it text");
            return false;
        }

        static String anchor(NodeEvent e) {
            return e.getAnchor().map(a -> a.getValue()).orElse(null);
        }

        void problem(int line, String key, String message, String hint) {
            problems.add(new ScenarioProblem(file, line, key, message, hint));
        }

        static int line(Event e) {
            return e.getStartMark().map(Mark::getLine).orElse(-1) + 1;
        }
    }
}
