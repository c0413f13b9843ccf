package nl.samenspel.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one strict reader: YAML 1.2 numbers, one document, limits, and messages that are safe to print. */
class StrictYamlTest {
    private static String problems(String yaml) {
        List<ScenarioProblem> p = new ArrayList<>();
        new ScenarioReader().read("s.yaml", yaml, p);
        return p.stream().map(ScenarioProblem::toString).reduce("", (a, b) -> a + b + "\n");
    }

    private static Object value(String yaml, String key) {
        List<ScenarioProblem> p = new ArrayList<>();
        ScenarioFile f = new ScenarioReader().read("s.yaml", yaml, p);
        assertEquals(List.of(), p);
        return f.settings().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().value();
    }

    /** Issue 9, defect 6: YAML read differently from what the user wrote. */
    @Test
    void defect6_aSecondDocumentAndOctalOrHexNumbersAreNotReadSilently() {
        String base = "name: x\nbases: [baseline]\nparameters:\n  coordinators:\n    posts: ";
        assertEquals(10L, value(base + "010\n", "coordinators.posts"), "010 is ten in YAML 1.2, not octal 8");
        assertEquals(9L, value(base + "09\n", "coordinators.posts"), "09 is nine");
        String hex = problems(base + "0x10\n");
        assertTrue(hex.contains("s.yaml:5: 'coordinators.posts': '0x10' is a hexadecimal number") && hex.contains("decimal digits"), hex);
        String second = problems(base + "2\n---\nname: y\n");
        assertTrue(second.contains("s.yaml:6") && second.contains("second YAML document"), second);
        String afterEnd = problems(base + "2\n...\nparameters: {coordinators: {posts: 7}}\n");
        assertTrue(afterEnd.contains("s.yaml:7") && afterEnd.contains("text after the end of the document"), afterEnd);
        assertEquals(2L, value(base + "2\n...\n# only a comment after the end\n", "coordinators.posts"));
    }

    @Test
    void numbersOtherReadersTakeDifferentlyAreRefusedWithAHint() {
        String base = "name: x\nbases: [baseline]\nparameters:\n  population:\n    residents: ";
        assertTrue(problems(base + "0o10\n").contains("octal"));
        assertTrue(problems(base + "1_000\n").contains("write 1000"), problems(base + "1_000\n"));
        assertTrue(problems(base + "1:30\n").contains("base-60"));
        for (String inf : List.of(".inf", "-.inf", ".nan", ".NaN", "1e309", "-1e309")) {
            String p = problems(base + inf + "\n");
            assertTrue(p.contains("is not a finite number") && !p.contains("not valid YAML"), inf + ": " + p);
        }
        String f = problems("name: x\nbases: [baseline]\nparameters:\n  volunteers:\n    base_hazard: 1e309\n");
        assertTrue(f.contains("'volunteers.base_hazard': '1e309' is not a finite number"), f);
    }

    @Test
    void theCommandLineReadsNumbersByTheSameRules() {
        assertEquals(10L, ScenarioReader.parseValue("010"));
        assertInstanceOf(YamlScalars.Refused.class, ScenarioReader.parseValue("0x10"));
        assertInstanceOf(YamlScalars.Refused.class, ScenarioReader.parseValue("1e309"));
        assertInstanceOf(YamlScalars.Refused.class, ScenarioReader.parseValue(".inf"));
        assertEquals("0x10", ScenarioReader.parseValue("'0x10'"), "quoted is text");
        assertEquals(0.5, ScenarioReader.parseValue("0.5"));
        assertEquals(Boolean.TRUE, ScenarioReader.parseValue("true"));
    }

    @Test
    void limitsOnDepthAliasesAndSize() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertTrue(problems(deep).contains("nested more than 64 levels"), problems(deep));
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) bomb.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        String b = problems(bomb.toString());
        assertTrue(b.contains("expands to more than") || b.contains("aliases"), b);
        String big = "name: " + "x".repeat(StrictYaml.MAX_CHARS) + "\n";
        assertTrue(problems(big).contains("larger than 1 MB"), problems(big));
        assertTrue(problems("name: !!python/object x\n").contains("YAML tags"));
    }

    @Test
    void aHugeValueIsRefusedFast() {
        long t = System.nanoTime();
        String p = problems("name: x\nbases: [baseline]\nparameters:\n  coordinators:\n    posts: \"" + "9".repeat(900_000) + "\"\n");
        double seconds = (System.nanoTime() - t) / 1e9;
        assertTrue(p.contains("s.yaml:5: line is longer than 65536 characters") && p.length() < 2_000, "refused, in a short message: " + p);
        String wide = problems("name: x\nbases: [baseline]\nparameters:\n  coordinators:\n    posts: " + "9".repeat(60_000) + "\n");
        assertTrue(wide.contains("'coordinators.posts': expected a whole number, got '999") && wide.length() < 2_000, wide);
        assertTrue(seconds < 10, "bounded work, not quadratic: " + seconds + " s");
    }

    @Test
    void controlCharactersInKeysAreEscapedAndLongListsAreCut() {
        String p = problems("name: x\n\"\\e]0;owned\\u0007\": 1\n");
        assertFalse(p.contains("\u001b") || p.contains("\u0007"), p);
        assertTrue(p.contains("\\u001b]0;owned\\u0007"), p);
        StringBuilder many = new StringBuilder("name: x\nparameters:\n");
        for (int i = 0; i < 60_000; i++) many.append("  k").append(i).append(": 1\n");
        ScenarioException e = new ScenarioException(readAll(many.toString()));
        assertEquals(ScenarioException.SHOWN + 1, e.getMessage().lines().count(), "20 problems and a count");
        assertTrue(e.getMessage().endsWith("... and 59980 more problems (fix these first)"), e.getMessage().lines().reduce((a, b) -> b).orElse(""));
    }

    private static List<ScenarioProblem> readAll(String yaml) {
        List<ScenarioProblem> p = new ArrayList<>();
        new ScenarioReader().read("s.yaml", yaml, p);
        return p;
    }

    @Test
    void commentsComeFromTheParser() {
        ParameterDocs d = ParameterDocs.parse("name: x\nparameters:\n  coordinators:\n    posts: 3   # posts | paid posts | 003:10 # not a second comment\n"
                + "  funding:\n    mode: \"a # b\"  # - | mode | assumed\n");
        assertEquals("posts", d.entry("coordinators.posts").unit());
        assertEquals("003:10 # not a second comment", d.entry("coordinators.posts").source());
        assertEquals("a # b", d.entry("funding.mode").value(), "a # inside quotes is not a comment");
        assertTrue(d.entry("funding.mode").assumed());
    }
}
