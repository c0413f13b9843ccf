package nl.samenspel.cli;

import static nl.samenspel.experiment.sweep.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.samenspel.experiment.sweep.RecordLog;
import nl.samenspel.experiment.sweep.SweepFixtures;
import nl.samenspel.experiment.sweep.SweepFixtures.Result;
import nl.samenspel.experiment.sweep.SweepFolder;
import nl.samenspel.output.AtomicFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep folders that cannot be mixed (issue 9): builds, damage, sizes, foreign folders, incomplete tables. */
class SweepFoldersTest {
    @TempDir
    static Path tmp;
    static Path file;
    static byte[] reference;

    @BeforeAll
    static void reference() throws IOException {
        file = SweepFixtures.small(tmp, 600, 2);
        Result r = cli("sweep", file.toString(), "--out", tmp.resolve("ref").toString(), "--threads", "2", "-q");
        assertEquals(0, r.code(), r.err());
        reference = Files.readAllBytes(tmp.resolve("ref/runs.csv"));
    }

    private static Path copyOfReference(String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir.resolve("parts"));
        for (String f : List.of(SweepFolder.DESCRIPTOR, "parts/local.runs.log")) Files.copy(tmp.resolve("ref").resolve(f), dir.resolve(f));
        return dir;
    }

    /** Defect 2: sweep.json names the build; a resume or merge by another build is refused unless --allow-other-build. */
    @Test
    void anotherBuildIsRefusedUnlessAllowedAndThenRecorded() throws IOException {
        String descriptor = Files.readString(tmp.resolve("ref").resolve(SweepFolder.DESCRIPTOR));
        for (String key : List.of("\"version\"", "\"git_commit\"", "\"model_hash\"")) assertTrue(descriptor.contains(key), key + " in " + SweepFolder.DESCRIPTOR);
        Path dir = copyOfReference("other-build");
        String hash = descriptor.replaceAll("(?s).*\"model_hash\" : \"([0-9a-f]+)\".*", "$1");
        assertTrue(hash.length() >= 16, hash);
        Files.writeString(dir.resolve(SweepFolder.DESCRIPTOR), descriptor.replace(hash, "0".repeat(hash.length())));
        Result resume = cli("sweep", file.toString(), "--out", dir.toString(), "--resume", "-q");
        assertEquals(ExitCodes.BAD_INPUT, resume.code(), resume.out());
        assertTrue(resume.err().contains("another build") && resume.err().contains("--allow-other-build"), resume.err());
        Result merge = cli("merge", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, merge.code());
        assertTrue(merge.err().contains("another build"), merge.err());
        assertFalse(Files.exists(dir.resolve("runs.csv")));
        Result allowed = cli("sweep", file.toString(), "--out", dir.toString(), "--resume", "--allow-other-build", "-q");
        assertEquals(0, allowed.code(), allowed.err());
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.contains("\"allow_other_build\" : true") && manifest.contains("0".repeat(hash.length())), manifest);
    }

    /** Defect 9: a damaged record in the middle is named; a resume keeps the records after it and reruns only its run. */
    @Test
    void aDamagedRecordIsNamedAndOnlyItsRunIsDoneAgain() throws IOException {
        Path dir = copyOfReference("damaged");
        Path log = dir.resolve("parts/local.runs.log");
        RecordLog.Entry third = RecordLog.scan(log).entries().get(3);
        byte[] bytes = Files.readAllBytes(log);
        bytes[(int) third.offset() + 5] ^= 0x01;
        Files.write(log, bytes);
        Result merge = cli("merge", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, merge.code());
        assertTrue(merge.err().contains("1 of 8 runs are missing") && merge.err().contains("damaged record") && merge.err().contains("at byte "), merge.err());
        Result resume = cli("sweep", file.toString(), "--out", dir.toString(), "--resume", "-q");
        assertEquals(0, resume.code(), resume.err());
        assertTrue(resume.out().contains("7 were done already, 1 ran now"), resume.out());
        assertTrue(resume.err().contains("damaged record"), "the resume says what it found: " + resume.err());
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")));
    }

    /** Defect 4: 65536 replications x 65536 network seeds is 2^32 runs per point, not 0 runs; huge designs are refused with their count. */
    @Test
    void hugeDesignsAreRefusedWithTheirCount() throws IOException {
        String text = Files.readString(file);
        Path overflow = SweepFixtures.write(tmp.resolve("huge/overflow.yaml"), text.replace("replications: 2", "replications: 65536\nnetwork_seeds: 65536"));
        Result r = cli("sweep", overflow.toString(), "--out", tmp.resolve("huge-out").toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out());
        assertTrue(r.err().contains("17179869184 runs"), r.err());
        Path factorial = SweepFixtures.write(tmp.resolve("huge/factorial.yaml"), text.replace("replications: 2", "replications: 1")
                .replace("{values: [0, 2]}", "{range: {low: 0, high: 1000}, steps: 10000}").replace("steps: 2}", "steps: 2000}"));
        Result f = cli("sweep", factorial.toString(), "--out", tmp.resolve("huge-out").toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, f.code(), f.out());
        assertTrue(f.err().contains("20000000 runs"), f.err());
        Path sobol = SweepFixtures.write(tmp.resolve("huge/sobol.yaml"), text.replace("replications: 2", "replications: 1")
                .replace("design: full-factorial", "design: sobol\nsamples: 10000000").replace("{values: [0, 2]}", "{range: {low: 0, high: 4}}").replace(", steps: 2}", "}"));
        Result s = cli("sweep", sobol.toString(), "--out", tmp.resolve("huge-out").toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, s.code(), s.out());
        assertTrue(s.err().contains("40000000 runs"), s.err());
        assertFalse(Files.exists(tmp.resolve("huge-out")));
    }

    /** Defect 5: --shard into a run or compare folder is refused like any other non-empty folder that is not this sweep. */
    @Test
    void aShardIntoAnotherKindOfFolderIsRefused() throws IOException {
        Path run = tmp.resolve("a-run");
        AtomicFiles.write(run.resolve("manifest.json"), "{\"kind\" : \"run\"}\n");
        AtomicFiles.write(run.resolve("summary.csv"), "outcome,value\n");
        Result r = cli("sweep", file.toString(), "--out", run.toString(), "--shard", "1/2", "-q");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals("{\"kind\" : \"run\"}\n", Files.readString(run.resolve("manifest.json")));
        assertFalse(Files.exists(run.resolve(SweepFolder.DESCRIPTOR)));
    }

    /**
     * Shards of an array job start together: one that looks while a sibling has made parts/ but
     * not yet renamed sweep.json into place joins the sweep instead of calling the folder foreign.
     */
    @Test
    void aShardJoinsAFolderASiblingShardIsStarting() throws IOException {
        Path dir = tmp.resolve("starting");
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("." + SweepFolder.DESCRIPTOR + "12345.tmp"), "{");
        Result r = cli("sweep", file.toString(), "--out", dir.toString(), "--shard", "2/3", "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("parts/shard-2-of-3.runs.log")), "the shard's part is written");
    }

    /** Defect 8: sensitivity on a runs.csv with rows or a Saltelli block missing names what is missing. */
    @Test
    void sensitivityOnAnIncompleteTableSaysWhatIsMissing() throws IOException {
        Path exp = SweepFixtures.write(tmp.resolve("sobol.yaml"), """
                name: sobol-small
                scenario: baseline
                set: {population.residents: 300}
                years: 1
                design: sobol
                samples: 2
                parameters:
                  volunteers.drift: {range: {low: 0.002, high: 0.01}}
                  bystander.notice_chance: {range: {low: 0.1, high: 0.5}}
                outcomes: [reach_4w]
                """);
        Path dir = tmp.resolve("sobol");
        assertEquals(0, cli("sweep", exp.toString(), "--out", dir.toString(), "-q").code());
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        Path runs = dir.resolve("runs.csv");
        Files.write(runs, lines.subList(0, lines.size() - 4));
        Result block = cli("sensitivity", dir.toString(), "--out", tmp.resolve("sens1").toString());
        assertEquals(ExitCodes.BAD_INPUT, block.code(), block.out());
        assertTrue(block.err().contains("runs.csv") && block.err().contains("missing") && block.err().contains("point_id 4-7"), block.err());
        Files.writeString(runs, String.join("\n", lines).substring(0, String.join("\n", lines).length() - 7));
        Result cut = cli("sensitivity", dir.toString(), "--out", tmp.resolve("sens2").toString());
        assertEquals(ExitCodes.BAD_INPUT, cut.code(), cut.out());
        assertTrue(cut.err().contains("runs.csv") && !cut.err().contains("Exception"), cut.err());
        assertFalse(Files.exists(tmp.resolve("sens1")) || Files.exists(tmp.resolve("sens2")));
    }

    @Test
    void theTablesAreReadableByAllLikeOtherOutputs() throws IOException {
        for (String f : List.of("runs.csv", "manifest.json")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("ref").resolve(f))), f);
        }
    }
}
