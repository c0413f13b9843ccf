package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BystanderCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheTableBesideDarleyLataneAndTheCsv() throws Exception {
        Path dir = tmp.resolve("b");
        Run r = run("bystander", "--others", "0,1,4", "--replications", "300", "--seed", "3", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("85 % by end of fit") && r.out().contains("31 % by end of fit"), r.out());
        List<String> lines = Files.readAllLines(dir.resolve("bystander.csv"));
        assertEquals("others,confederates,lone_rate,share_acted,share_acted_ci_low,share_acted_ci_high,group_any_acted,mean_seconds,replications", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(3).startsWith("4,0,"), lines.get(3));
        assertTrue(lines.get(3).endsWith(",300"), lines.get(3));
        assertTrue(Files.isRegularFile(dir.resolve("manifest.json")));
        Path again = tmp.resolve("c");
        assertEquals(0, run("bystander", "--others", "0,1,4", "--replications", "300", "--seed", "3", "--out", again.toString()).code());
        assertEquals(Files.readString(dir.resolve("bystander.csv")), Files.readString(again.resolve("bystander.csv")), "same seed, same bytes");
    }

    @Test
    void confederatesAndLoneRateAreApplied() throws Exception {
        Path dir = tmp.resolve("k");
        Run r = run("bystander", "--others", "4", "--confederates", "2", "--lone-rate", "0.05", "--replications", "200", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        String row = Files.readAllLines(dir.resolve("bystander.csv")).get(1);
        assertTrue(row.startsWith("4,2,0.05,"), row);
        assertFalse(r.out().contains("by end of fit"), "with confederates the design differs from the seizure experiment: no Table 1 beside it");
    }

    @Test
    void badInputGivesOneLineAndExitTwo() {
        for (String[] args : new String[][] {
                {"bystander", "--others", "0,-1"},
                {"bystander", "--lone-rate", "1.5"},
                {"bystander", "--lone-rate", "-0.1"},
                {"bystander", "--others", "1", "--confederates", "2"},
                {"bystander", "--replications", "0"}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(r.err().startsWith("samenspel: "), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void classroomWithoutADisplaySaysSoInOneLine() {
        Run r = run("classroom");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("display"), r.err());
    }
}
