package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validate command's table, validation.csv and exit codes: on P6, a pattern that holds at the
 * committed fit (and in all of its ensemble), and on the cheapest pattern (P4, two years) for the table.
 */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsSourceTargetResultAndPassWithExitZero() {
        CompareCommandTest.Result r = CompareCommandTest.run("validate", "--only", "P6", "-r", "20", "--no-ensemble");
        assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("P6 meeting places   PASS"), r.out());
        assertTrue(r.out().contains("001:909-922"), "names the source lines");
        assertTrue(r.out().contains("target:") && r.out().contains("model:"), r.out());
        assertTrue(r.out().contains("1 of 1 patterns pass."), r.out());
    }

    @Test
    void aPatternWithItsMechanismSwitchedOffFailsWithExitOne() {
        // P6 holds with its mechanisms on (above); with all of them off (docs/compare.md) closing
        // meeting places changes nothing, so there is nothing to hold.
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--only", "P6", "-r", "10", "--no-ensemble"));
        for (String off : new nl.samenspel.experiment.validation.MeetingPlaces().allOff()) args.addAll(List.of("--set", off));
        CompareCommandTest.Result r = CompareCommandTest.run(args.toArray(new String[0]));
        assertEquals(ExitCodes.CHECK_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL"), r.out());
    }

    @Test
    void writesOneRowPerLegWithTheEnsembleShare() throws Exception {
        Path ensemble = tmp.resolve("ensemble.csv");
        Files.writeString(ensemble, "access.desk_loss,asking.base_chance\n0.2,0.3\n0.3,0.25\n");
        Path out = tmp.resolve("v");
        CompareCommandTest.Result r = CompareCommandTest.run("validate", "--only", "P4", "-r", "4", "--ensemble", ensemble.toString(),
                "--ensemble-replications", "3", "-q", "--out", out.toString());
        assertTrue(r.code() == ExitCodes.OK || r.code() == ExitCodes.CHECK_FAILED, r.out() + r.err());
        List<String> rows = Files.readAllLines(out.resolve("validation.csv"));
        assertEquals("pattern,pass,figure,ci_low,ci_high,target,ensemble_share", rows.get(0));
        assertEquals(List.of("P4.professional", "P4.waiting", "P4.unanswered"), rows.subList(1, rows.size()).stream().map(s -> s.split(",")[0]).toList());
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            assertTrue(f[1].equals("true") || f[1].equals("false"), row);
            double share = Double.parseDouble(f[f.length - 1]);
            assertTrue(share == 0 || share == 0.5 || share == 1, "two members: the share is 0, 1/2 or 1: " + row);
        }
        assertTrue(r.out().contains("of the ensemble"), r.out());
        // The last line counts what the exit code judges: the point estimate and the ensemble's share.
        java.util.regex.Matcher last = java.util.regex.Pattern.compile(
                "(\\d) of 1 patterns pass at the point estimate; (\\d) of 1 also hold in at least 80% of the ensemble, as the exit code asks").matcher(r.out());
        assertTrue(last.find(), r.out());
        boolean all = last.group(1).equals("1") && last.group(2).equals("1");
        assertEquals(all ? ExitCodes.OK : ExitCodes.CHECK_FAILED, r.code(), r.out());
        assertEquals(last.group(2).equals("0") && last.group(1).equals("1"), r.out().contains("--ensemble-replications 30 or 60"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));

        // Every leg on every member, with the member's values: the share above is their count.
        List<String> members = Files.readAllLines(out.resolve("ensemble_members.csv"));
        assertEquals("member,access.desk_loss,asking.base_chance,pattern,pass,figure,ci_low,ci_high", members.get(0));
        assertEquals(2 * 3, members.size() - 1, "two members x three legs");
        assertTrue(members.get(1).startsWith("1,0.2,0.3,P4.professional,"), members.get(1));
        assertTrue(members.get(4).startsWith("2,0.3,0.25,P4.professional,"), members.get(4));
        for (String row : rows.subList(1, rows.size())) {
            String leg = row.split(",")[0];
            long held = members.stream().filter(m -> m.contains("," + leg + ",true,")).count();
            assertEquals(Double.parseDouble(row.substring(row.lastIndexOf(',') + 1)), held / 2.0, 1e-9, leg);
        }
    }

    @Test
    void badInputIsExitTwo() throws Exception {
        assertEquals(ExitCodes.BAD_INPUT, CompareCommandTest.run("validate", "-r", "1").code());
        CompareCommandTest.Result r = CompareCommandTest.run("validate", "--only", "P9");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("P9"), r.err());
        assertEquals(ExitCodes.BAD_INPUT, CompareCommandTest.run("validate", "--set", "access.desk_los=0").code());
        assertEquals(ExitCodes.BAD_INPUT, CompareCommandTest.run("validate", "--ensemble", "/nonexistent/ensemble.csv").code());
        // An ensemble file is input like a scenario file: a wrong key or a value out of range is one line naming file, line and key.
        Path wrongKey = tmp.resolve("wrong-key.csv"), outOfRange = tmp.resolve("out-of-range.csv");
        Files.writeString(wrongKey, "access.desk_los,asking.base_chance\n0.2,0.3\n");
        Files.writeString(outOfRange, "access.desk_loss\n0.2\n7\n");
        CompareCommandTest.Result key = CompareCommandTest.run("validate", "--only", "P4", "--ensemble", wrongKey.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(ExitCodes.BAD_INPUT, key.code(), key.err());
        assertTrue(key.err().contains("wrong-key.csv:2") && key.err().contains("'access.desk_los'") && key.err().contains("did you mean 'access.desk_loss'"), key.err());
        CompareCommandTest.Result range = CompareCommandTest.run("validate", "--only", "P4", "--ensemble", outOfRange.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(ExitCodes.BAD_INPUT, range.code(), range.err());
        assertTrue(range.err().contains("out-of-range.csv:3") && range.err().contains("out of range"), range.err());
        assertTrue(!Files.exists(tmp.resolve("never")), "nothing written");
    }
}
