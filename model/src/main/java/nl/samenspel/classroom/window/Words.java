package nl.samenspel.classroom.window;

import java.util.ResourceBundle;
import nl.samenspel.report.Language;

/**
 * The words of the classroom windows in one language (Dutch for a Dutch class by default, English
 * with {@code --lang en}): {@code classroom/window/words_xx.properties}; numbers as the language writes them.
 */
public final class Words {
    private final Language language;
    private final ResourceBundle bundle;

    public Words(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("nl.samenspel.classroom.window.words", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** A text, with {0}, {1}, ... replaced by the arguments. */
    public String text(String key, Object... args) {
        String s = bundle.getString(key);
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }

    /** "with 1 other" or "with 4 others": the singular and plural keys are {@code key.1} and {@code key.n}. */
    public String count(String key, int n) {
        return text(n == 1 ? key + ".1" : key + ".n", n);
    }

    public String number(double v, int decimals) {
        return language.number(v, decimals);
    }

    public String percent(double share) {
        return language.number(100 * share, 0) + " %";
    }
}
