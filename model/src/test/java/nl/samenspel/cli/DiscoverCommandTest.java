package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `discover` on a synthetic sweep whose outcome falls in a known box of two of its three parameters. */
class DiscoverCommandTest {
    @TempDir
    Path tmp;

    @Test
    void recoversTheKnownBoxFromRunsCsv() throws Exception {
        Path sweep = Files.createDirectories(tmp.resolve("sweep"));
        StringBuilder csv = new StringBuilder("run_id,point_id,replication,seed_behaviour,seed_network,volunteers.drift,coordinators.posts,ties.decay,volunteers_active\n");
        Random r = new Random(7);
        for (int i = 0; i < 800; i++) {
            double drift = r.nextDouble() * 0.01;
            int posts = r.nextInt(6);
            double decay = r.nextDouble() * 0.1;
            // The known box: high drift and at most one post give few volunteers.
            double active = drift > 0.006 && posts <= 1 ? 40 + r.nextGaussian() * 5 : 120 + r.nextGaussian() * 10;
            csv.append(i).append(',').append(i).append(",1,1,1,").append(drift).append(',').append(posts).append(',').append(decay).append(',').append(active).append('\n');
        }
        Files.writeString(sweep.resolve("runs.csv"), csv);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "discover", sweep.toString(), "--outcome", "volunteers_active", "--below", "80");
        assertEquals(0, code, err.toString());
        Path dir = sweep.resolve("discover-volunteers_active");
        for (String f : List.of("peeling.csv", "boxes.csv", "boxes.txt", "peeling.png", "peeling.svg")) assertTrue(Files.size(dir.resolve(f)) > 0, f);
        List<String> rows = Files.readAllLines(dir.resolve("boxes.csv"));
        assertEquals("box,input,low,high,restricted,coverage,density", rows.get(0));
        String drift = row(rows, "1,volunteers.drift,");
        String posts = row(rows, "1,coordinators.posts,");
        String decay = row(rows, "1,ties.decay,");
        assertEquals(0.006, Double.parseDouble(drift.split(",")[2]), 0.0008, "the box's lower bound on drift: " + drift);
        assertEquals(1, Double.parseDouble(posts.split(",")[3]), 1e-9, "the box's upper bound on posts: " + posts);
        assertEquals("false", decay.split(",")[4], "decay does not matter: " + decay);
        assertTrue(Double.parseDouble(drift.split(",")[5]) > 0.9 && Double.parseDouble(drift.split(",")[6]) > 0.9, "coverage and density: " + drift);
        assertTrue(Files.readString(dir.resolve("boxes.txt")).contains("volunteers.drift >= "), Files.readString(dir.resolve("boxes.txt")));
    }

    @Test
    void unknownOutcomeIsBadInput() throws Exception {
        Path sweep = Files.createDirectories(tmp.resolve("s2"));
        Files.writeString(sweep.resolve("runs.csv"), "run_id,volunteers.drift,volunteers_active\n0,0.1,3\n");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "discover", sweep.toString(), "--outcome", "reach", "--above", "1");
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("runs.csv:1") && err.toString().contains("volunteers_active"), err.toString());
    }

    private static String row(List<String> rows, String prefix) {
        return rows.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no row " + prefix + " in " + rows));
    }
}
