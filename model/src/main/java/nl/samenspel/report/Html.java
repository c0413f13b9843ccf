package nl.samenspel.report;

/** A small HTML writer: escapes text, so that scenario files cannot inject markup into a report. */
final class Html {
    private final StringBuilder s = new StringBuilder();

    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Raw markup (the caller's own tags). */
    Html raw(String markup) {
        s.append(markup);
        return this;
    }

    /** An element with escaped text. */
    Html el(String tag, String text) {
        return el(tag, "", text);
    }

    Html el(String tag, String attrs, String text) {
        s.append('<').append(tag).append(attrs.isEmpty() ? "" : " " + attrs).append('>').append(esc(text)).append("</").append(tag).append(">\n");
        return this;
    }

    Html text(String text) {
        s.append(esc(text));
        return this;
    }

    @Override
    public String toString() {
        return s.toString();
    }
}
