package nl.samenspel.cli;

import static nl.samenspel.experiment.sweep.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.experiment.sweep.SweepFixtures;
import nl.samenspel.experiment.sweep.SweepFixtures.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    static Path tmp;
    static Path file;
    static byte[] reference;

    /** The reference: the small experiment, uninterrupted, on two threads. */
    @BeforeAll
    static void reference() throws IOException {
        file = SweepFixtures.small(tmp, 600, 2);
        Result r = cli("sweep", file.toString(), "--out", tmp.resolve("ref").toString(), "--threads", "2", "-q");
        assertEquals(0, r.code(), r.err());
        reference = Files.readAllBytes(tmp.resolve("ref/runs.csv"));
    }

    @Test
    void runsCsvIsTidyWithOneRowPerRunSortedByRunId() throws IOException {
        List<String> lines = Files.readAllLines(tmp.resolve("ref/runs.csv"));
        assertEquals("run_id,point_id,replication,seed,network_seed,coordinators.posts,volunteers.drift,mean_degree,clustering,volunteers_active,reach_4w,samenspel_ties", lines.get(0));
        assertEquals(9, lines.size(), "header and 4 points x 2 replications");
        for (int i = 1; i < lines.size(); i++) assertTrue(lines.get(i).startsWith((i - 1) + "," + (i - 1) / 2 + "," + (i - 1) % 2 + ","), lines.get(i));
        String manifest = Files.readString(tmp.resolve("ref/manifest.json"));
        for (String key : List.of("\"experiment\"", "\"git_commit\"", "\"seed\" : 5", "\"base_parameters\"", "\"runs.csv\"")) assertTrue(manifest.contains(key), key);
    }

    @Test
    void oneThreadAndTwoThreadsGiveTheSameBytes() throws IOException {
        Result r = cli("sweep", file.toString(), "--out", tmp.resolve("t1").toString(), "--threads", "1", "-q");
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(reference, Files.readAllBytes(tmp.resolve("t1/runs.csv")));
    }

    @Test
    void shardsMergeToTheSameBytesAndAMissingShardIsNamed() throws IOException {
        Path dir = tmp.resolve("sharded");
        assertEquals(0, cli("sweep", file.toString(), "--out", dir.toString(), "--shard", "1/3", "-q").code());
        assertEquals(0, cli("sweep", file.toString(), "--out", dir.toString(), "--shard", "3/3", "-q").code());
        Result missing = cli("merge", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("3 of 8 runs are missing (run_id 1, 4, 7); they belong to shard 2/3"), missing.err());
        assertFalse(Files.exists(dir.resolve("runs.csv")), "nothing written when runs are missing");
        assertEquals(0, cli("sweep", file.toString(), "--out", dir.toString(), "--shard", "2/3", "-q").code());
        Result merged = cli("merge", dir.toString());
        assertEquals(0, merged.code(), merged.err());
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")));

        Files.copy(dir.resolve("parts/shard-2-of-3.runs.log"), dir.resolve("parts/stray.runs.log"));
        Result twice = cli("merge", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, twice.code());
        assertTrue(twice.err().contains("runs recorded more than once (run_id 1, 4, 7)"), twice.err());
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")), "the earlier merge is left as it was");
    }

    /** With network_seeds: k, the k network realisations recur at every design point, and so do their statistics. */
    @Test
    void networkRealisationsAreAFactorOfTheirOwn() throws IOException {
        Path exp = SweepFixtures.write(tmp.resolve("networks.yaml"), """
                name: networks
                scenario: baseline
                set: {population.residents: 300}
                years: 1
                replications: 2
                network_seeds: 2
                design: latin-hypercube
                samples: 3
                parameters:
                  access.mode: {values: [desk, walk_in]}
                outcomes: [reach_4w]
                """);
        Path dir = tmp.resolve("networks");
        assertEquals(0, cli("sweep", exp.toString(), "--out", dir.toString(), "-q").code());
        List<String[]> rows = Files.readAllLines(dir.resolve("runs.csv")).stream().skip(1).map(l -> l.split(",")).toList();
        assertEquals(3 * 2 * 2, rows.size());
        java.util.Map<String, String> statsByNetwork = new java.util.HashMap<>();
        java.util.Set<String> behaviour = new java.util.HashSet<>();
        for (String[] r : rows) {
            String stats = r[6] + "," + r[7];
            assertEquals(statsByNetwork.computeIfAbsent(r[4], k -> stats), stats, "same network seed, same network");
            assertEquals(Integer.parseInt(r[2]) / 2 == 0, r[4].equals(rows.get(0)[4]), "replications 0-1 on network 1, 2-3 on network 2");
            behaviour.add(r[3]);
        }
        assertEquals(2, statsByNetwork.size());
        assertEquals(rows.size(), behaviour.size(), "every run has its own process noise");
    }

    @Test
    void weeklyKeepsEveryRunsSeries() throws IOException {
        Path dir = tmp.resolve("weekly");
        assertEquals(0, cli("sweep", file.toString(), "--out", dir.toString(), "--weekly", "-q").code());
        List<String> lines = Files.readAllLines(dir.resolve("weekly.csv"));
        assertEquals("run_id,week,volunteers_active,reach_4w,samenspel_ties", lines.get(0));
        assertEquals(1 + 8 * 52, lines.size());
        assertTrue(lines.get(53).startsWith("1,1,"), lines.get(53));
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")));
    }

    @Test
    void badInputIsOneMessageAndExitTwoWithNothingWritten() throws IOException {
        Path bad = SweepFixtures.write(tmp.resolve("bad.yaml"), "name: bad\nscenario: baseline\ndesign: full-factorial\nparameters:\n  wijkteam.caseload: {range: {low: 30, high: 10}, steps: 2}\n");
        Result r = cli("sweep", bad.toString(), "--out", tmp.resolve("bad-out").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("samenspel: " + bad + ":5: 'wijkteam.caseload.range': low 30 is not below high 10"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("bad-out")));

        Path malformed = SweepFixtures.write(tmp.resolve("malformed.yaml"), "name: m\nscenario: baseline\ndesign: full-factorial\nparameters:\n  coordinators.posts: {values: [1, 2\n");
        Result m = cli("sweep", malformed.toString(), "--out", tmp.resolve("malformed-out").toString());
        assertEquals(ExitCodes.BAD_INPUT, m.code());
        assertTrue(m.err().startsWith("samenspel: " + malformed + ":") && m.err().contains("not valid YAML"), m.err());
        assertFalse(Files.exists(tmp.resolve("malformed-out")));

        Result shard = cli("sweep", file.toString(), "--out", tmp.resolve("shard-out").toString(), "--shard", "3/2");
        assertEquals(ExitCodes.BAD_INPUT, shard.code());
        assertTrue(shard.err().contains("--shard: shard 3/2: the index must be between 1 and 2"), shard.err());
        assertFalse(Files.exists(tmp.resolve("shard-out")));

        byte[] before = Files.readAllBytes(tmp.resolve("ref/runs.csv"));
        Result again = cli("sweep", file.toString(), "--out", tmp.resolve("ref").toString());
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("not empty; nothing was overwritten"), again.err());
        assertArrayEquals(before, Files.readAllBytes(tmp.resolve("ref/runs.csv")));

        Path other = SweepFixtures.write(tmp.resolve("other/small-test.yaml"), Files.readString(file).replace("seed: 5", "seed: 6"));
        Result mismatch = cli("sweep", other.toString(), "--out", tmp.resolve("ref").toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, mismatch.code());
        assertTrue(mismatch.err().contains("holds a different sweep"), mismatch.err());
    }

    @Test
    void aSweepOfMoreThanAnHourNeedsYes() throws IOException {
        // About 14 hours on 2 cores today: far enough past the hour that a faster model or machine keeps it there.
        Path big = SweepFixtures.write(tmp.resolve("big.yaml"), Files.readString(file).replace("replications: 2", "replications: 100000")
                .replace("residents: 600", "residents: 20000").replace("years: 1", "years: 10").replace("name: small-test", "name: big"));
        Result r = cli("sweep", big.toString(), "--out", tmp.resolve("big-out").toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Pilot: ") && r.err().contains("more than an hour: add --yes"), r.err());
        assertFalse(Files.exists(tmp.resolve("big-out")), "a refused sweep writes nothing");
    }

    @Test
    void sensitivityOfASobolSweepWritesTableAndCharts() throws IOException {
        Path exp = SweepFixtures.write(tmp.resolve("sobol.yaml"), """
                name: sobol-test
                scenario: baseline
                set: {population.residents: 300}
                years: 1
                design: sobol
                samples: 8
                parameters:
                  volunteers.drift: {range: {low: 0.002, high: 0.01}}
                  bystander.notice_chance: {range: {low: 0.1, high: 0.5}}
                outcomes: [volunteers_active, reach_4w]
                """);
        Path dir = tmp.resolve("sobol");
        assertEquals(0, cli("sweep", exp.toString(), "--out", dir.toString(), "-q").code());
        Result r = cli("sensitivity", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("sensitivity/sobol_indices.csv"));
        assertEquals("outcome,parameter,first_order,first_order_ci_low,first_order_ci_high,total,total_ci_low,total_ci_high", rows.get(0));
        assertEquals(1 + 2 * 2, rows.size());
        assertTrue(rows.get(1).startsWith("volunteers_active,volunteers.drift,"), rows.get(1));
        List<String[]> runs = Files.readAllLines(dir.resolve("runs.csv")).stream().skip(1).map(l -> l.split(",")).toList();
        assertEquals(8 * 4, runs.size());
        for (String[] run : runs) {
            assertEquals(runs.get(Integer.parseInt(run[1]) / 4 * 4)[3], run[3], "the 2 + 2 points of a Saltelli sample share their seed");
        }
        assertTrue(!runs.get(0)[3].equals(runs.get(4)[3]), "samples differ in seed");
        for (String f : List.of("sobol_reach_4w.png", "sobol_reach_4w.svg")) assertTrue(Files.size(dir.resolve("sensitivity").resolve(f)) > 1000, f);

        Result notSobol = cli("sensitivity", tmp.resolve("ref").toString());
        assertEquals(ExitCodes.BAD_INPUT, notSobol.code());
        assertTrue(notSobol.err().contains("Sobol indices need design: sobol"), notSobol.err());
    }
}
