package nl.samenspel.web;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.samenspel.report.Language;

/** The web pages' words in one language ({@code web/texts_xx.properties}), and its number format. */
public final class Texts {
    private static final Texts NL = new Texts(Language.NL);
    private static final Texts EN = new Texts(Language.EN);
    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("nl.samenspel.web.texts", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Language l) {
        return l == Language.EN ? EN : NL;
    }

    public Language language() {
        return language;
    }

    public String lang() {
        return language.code();
    }

    /** The other language, for the switch at the top of every page. */
    public String otherLang() {
        return language == Language.NL ? "en" : "nl";
    }

    /** A text with {0}, {1} ... replaced (no MessageFormat: Dutch has apostrophes). */
    public String t(String key, Object... args) {
        String s = bundle.containsKey(key) ? bundle.getString(key) : key;
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }

    public String number(double v, int decimals) {
        return language.number(v, decimals);
    }

    public Locale locale() {
        return language.locale();
    }
}
