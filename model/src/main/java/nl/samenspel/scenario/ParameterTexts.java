package nl.samenspel.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Every parameter's meaning and unit in both report languages: English from the comments of
 * {@code baseline.yaml} ({@link ParameterDocs}), Dutch from {@code parameters_nl.properties}
 * ({@code key.unit}, {@code key.meaning}). A report shows a parameter in the reader's language.
 */
public final class ParameterTexts {
    private static final String DUTCH = "/nl/samenspel/scenario/parameters_nl.properties";
    private static final ParameterTexts INSTANCE = new ParameterTexts(ParameterDocs.baseline(), load());

    private final ParameterDocs english;
    private final Properties dutch;

    ParameterTexts(ParameterDocs english, Properties dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    public static ParameterTexts get() {
        return INSTANCE;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ParameterTexts.class.getResourceAsStream(DUTCH)) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DUTCH, e);
        }
        return p;
    }

    /** The meaning in a language ("nl" or "en"); empty when none is written. */
    public String meaning(String key, String lang) {
        return text(key, lang, "meaning");
    }

    public String unit(String key, String lang) {
        return text(key, lang, "unit");
    }

    private String text(String key, String lang, String part) {
        if ("nl".equals(lang)) return dutch.getProperty(key + "." + part, "").strip();
        ParameterDocs.Entry e = english.entry(key);
        if (e == null) return "";
        return ("unit".equals(part) ? e.unit() : e.meaning()).strip();
    }

    /**
     * A source as the reader's language writes it, with file names between backticks. Dutch: the
     * translation of the baseline's source when the source is the baseline's, else the citations
     * with "assumed" as "aangenomen" and any English remark in brackets left out.
     */
    public String source(String key, String english, String lang) {
        if (!"nl".equals(lang)) return english.replace("MODEL.md", "`MODEL.md`").replace("scenarios/bystander.yaml", "`scenarios/bystander.yaml`")
                .replace("`samenspel bystander fit`", "`samenspel bystander fit`");
        ParameterDocs.Entry base = this.english.entry(key);
        String own = dutch.getProperty(key + ".source");
        if (own != null && base != null && base.source().equals(english)) return own.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*\\(([^)]*)\\)").matcher(english);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1).trim();
            String kept = switch (inner) {
                case "size assumed" -> " (grootte aangenomen)";
                case "count assumed" -> " (aantal aangenomen)";
                case "assumed there" -> " (daar aangenomen)";
                default -> "";
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(kept));
        }
        m.appendTail(out);
        return out.toString().replace("MODEL.md section", "`MODEL.md`, paragraaf").replace("assumed", "aangenomen").strip();
    }

    /** The parameter keys of the schema that lack a meaning or unit in either language, as "key (nl meaning)". */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        for (String key : ParameterSchema.get().keys()) {
            for (String lang : new String[] {"en", "nl"}) {
                if (meaning(key, lang).isEmpty()) out.add(key + " (" + lang + " meaning)");
                if (unit(key, lang).isEmpty()) out.add(key + " (" + lang + " unit)");
            }
        }
        return out;
    }
}
