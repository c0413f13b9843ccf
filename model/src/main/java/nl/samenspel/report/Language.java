package nl.samenspel.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of a report: its labels (a message bundle, {@code report/messages_xx.properties})
 * and its number format (Dutch writes 1.234,5; English 1,234.5).
 */
public enum Language {
    NL("nl", Locale.forLanguageTag("nl-NL")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;
    private final ResourceBundle bundle;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("nl.samenspel.report.messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language for a code such as {@code nl}, or null when there is none. */
    public static Language of(String code) {
        for (Language l : values()) if (l.code.equals(code)) return l;
        return null;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** A label, with {0}, {1}, ... replaced by the arguments (no MessageFormat: Dutch has apostrophes). */
    public String text(String key, Object... args) {
        String s = bundle.getString(key);
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }

    /** A small whole number in words ("twee", "ten"), larger ones in digits. */
    public String count(int n) {
        return has("number." + n) ? text("number." + n) : number(n, 0);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A number with a fixed number of decimals, grouped as the language writes it. */
    public String number(double v, int decimals) {
        if (Double.isNaN(v)) return "–";
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", DecimalFormatSymbols.getInstance(locale));
        String s = f.format(v);
        return s.startsWith("-") && s.matches("-[0.,]+") ? s.substring(1) : s;
    }

    /** A signed number: +1,2 or -1,2 (zero without a sign). */
    public String signed(double v, int decimals) {
        String s = number(v, decimals);
        return s.startsWith("-") || s.matches("[0.,]+") ? s : "+" + s;
    }
}
