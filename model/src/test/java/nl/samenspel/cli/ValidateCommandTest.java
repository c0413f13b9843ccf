package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The validate command's table and exit codes, on the cheapest pattern (P4, two years). */
class ValidateCommandTest {
    @Test
    void printsSourceTargetResultAndPassWithExitZero() {
        CompareCommandTest.Result r = CompareCommandTest.run("validate", "--only", "P4", "-r", "10");
        assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("P4 access route     PASS"), r.out());
        assertTrue(r.out().contains("000:242-248"), "names the source lines");
        assertTrue(r.out().contains("target:") && r.out().contains("model:"), r.out());
        assertTrue(r.out().contains("1 of 1 patterns pass."), r.out());
    }

    @Test
    void aPatternWithItsMechanismSwitchedOffFailsWithExitOne() {
        CompareCommandTest.Result r = CompareCommandTest.run("validate", "--only", "P4", "-r", "10",
                "--set", "access.desk_loss=0", "--set", "access.walk_in_demand=1");
        assertEquals(ExitCodes.CHECK_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL"), r.out());
    }

    @Test
    void badInputIsExitTwo() {
        assertEquals(ExitCodes.BAD_INPUT, CompareCommandTest.run("validate", "-r", "1").code());
        CompareCommandTest.Result r = CompareCommandTest.run("validate", "--only", "P9");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("P9"), r.err());
        assertEquals(ExitCodes.BAD_INPUT, CompareCommandTest.run("validate", "--set", "access.desk_los=0").code());
    }
}
