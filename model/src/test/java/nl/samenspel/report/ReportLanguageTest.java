package nl.samenspel.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.scenario.ParameterTexts;
import org.junit.jupiter.api.Test;

/**
 * Dutch throughout the Dutch report and English throughout the English one: the running text
 * (outside code) holds none of the other language's words from these lists.
 */
class ReportLanguageTest {
    static final List<String> ENGLISH = List.of("assumed", "yearly", "structural", "seed", "seeds", "common random numbers", "replication", "replications",
            "baseline", "size assumed", "section", "volunteers", "needs", "reach", "difference", "interval", "mean", "reference", "within", "after",
            "per year", "no clear difference", "the", "and", "with", "weeks", "source", "meaning", "value", "built in");
    static final List<String> DUTCH = List.of("aangenomen", "jaarlijks", "structureel", "meerjarig", "herhaling", "herhalingen", "vrijwilligers",
            "hulpvragen", "referentie", "verschil", "gemiddelde", "betrouwbaarheidsinterval", "binnen", "jaar", "per jaar", "geen", "basisscenario",
            "wezenlijk", "startgetal", "ingebouwd", "bron", "betekenis", "waarde", "paragraaf", "inwoners");

    static List<String> found(String text, List<String> words) {
        List<String> hits = new ArrayList<>();
        for (String w : words) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\-])" + Pattern.quote(w) + "(?![\\p{L}\\-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (m.find()) hits.add(w + " in \"..." + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60)).replaceAll("\\s+", " ") + "...\"");
        }
        return hits;
    }

    @Test
    void theDutchReportHoldsNoEnglishWords() {
        String text = ReportFixture.textOutsideCode(ReportFixture.html(ReportFixture.comparison(), Language.NL, ReportFixture.ensemble(),
                CheckedPatterns.parse(ReportFixture.resource("validation.csv"))));
        List<String> hits = found(text, ENGLISH);
        assertTrue(hits.isEmpty(), "English in the Dutch report:\n" + String.join("\n", hits));
    }

    @Test
    void theEnglishReportHoldsNoDutchWords() {
        String text = ReportFixture.textOutsideCode(ReportFixture.html(ReportFixture.comparison(), Language.EN, ReportFixture.ensemble(),
                CheckedPatterns.parse(ReportFixture.resource("validation.csv"))));
        List<String> hits = found(text, DUTCH);
        assertTrue(hits.isEmpty(), "Dutch in the English report:\n" + String.join("\n", hits));
    }

    @Test
    void keysFilesAndCommandsAppearOnlyAsCode() {
        String text = ReportFixture.textOutsideCode(ReportFixture.html(ReportFixture.comparison(), Language.NL, ReportFixture.ensemble(), ReportModelTest.NONE));
        Matcher key = Pattern.compile("\\b[a-z_]{2,}\\.[a-z_0-9]{2,}\\b|\\b\\w+\\.(csv|yaml|html|pdf|md|png|svg|json)\\b|\\bsamenspel (compare|validate|run)\\b").matcher(text.toLowerCase(Locale.ROOT));
        List<String> hits = new ArrayList<>();
        while (key.find()) hits.add(key.group());
        assertTrue(hits.isEmpty(), "outside code: " + hits);
    }

    @Test
    void everyParameterHasItsMeaningAndUnitInBothLanguages() {
        List<String> missing = ParameterTexts.get().missing();
        assertTrue(missing.isEmpty(), "add these to scenarios/baseline.yaml (English) or model/src/main/resources/nl/samenspel/scenario/parameters_nl.properties (Dutch):\n"
                + String.join("\n", missing));
    }
}
