package nl.samenspel.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of the report whose commands, file names and parameter keys are marked as code.
 * Messages write them between backticks ({@code `report.pdf`}); the template escapes every part and
 * puts the code parts inside {@code <code>}, so that no key or command stands in running text.
 */
public record Rich(List<Part> parts) {
    public record Part(String text, boolean code) {}

    public static Rich of(String marked) {
        List<Part> parts = new ArrayList<>();
        boolean code = false;
        for (String piece : marked.split("`", -1)) {
            if (!piece.isEmpty()) parts.add(new Part(piece, code));
            code = !code;
        }
        return new Rich(List.copyOf(parts));
    }

    /** Plain text with no code in it. */
    public static Rich text(String plain) {
        return new Rich(List.of(new Part(plain, false)));
    }

    /** The text without markup, e.g. for the console. */
    public String plain() {
        StringBuilder s = new StringBuilder();
        for (Part p : parts) s.append(p.text);
        return s.toString();
    }

    /** Marks a key, file name or command as code inside a message. */
    static String code(String s) {
        return "`" + s.replace("`", "'") + "`";
    }
}
