package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The web commands refuse what they cannot serve safely before they listen: exit 2, one message, no stack trace. */
class WebCommandsTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void participateWithoutBindRefusesAndListsTheMachinesAddresses() {
        String[] r = run("classroom", "--participate");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--bind ADDRESS") && r[2].contains("127.0.0.1"), r[2]);
        assertFalse(r[2].contains("Exception"), r[2]);
    }

    @Test
    void anAddressThatIsNotThisMachinesIsRefused() {
        String[] r = run("classroom", "--participate", "--bind", "203.0.113.9");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("not an address of this machine"), r[2]);
        r = run("serve", "--host", "203.0.113.9", "--port", "0");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("not an address of this machine"), r[2]);
        r = run("serve", "--port", "70000");
        assertEquals("2", r[0]);
    }
}
