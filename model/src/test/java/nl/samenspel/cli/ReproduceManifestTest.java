package nl.samenspel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import nl.samenspel.output.AtomicFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, defect 7: reproduce checks the manifest itself before it reruns, and says what it found. */
class ReproduceManifestTest {
    @TempDir
    static Path tmp;
    static Path run;
    static String manifest;

    @BeforeAll
    static void aRun() throws IOException {
        run = tmp.resolve("run");
        CliRun r = CliRun.of("run", "baseline", "--seed", "3", "--years", "1", "--set", "population.residents=500", "--out", run.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        manifest = Files.readString(run.resolve("manifest.json"));
    }

    private static CliRun reproduceWith(String name, UnaryOperator<String> edit) throws IOException {
        Path dir = tmp.resolve(name);
        for (String f : new String[] {"weekly.csv", "summary.csv"}) AtomicFiles.write(dir.resolve(f), Files.readAllBytes(run.resolve(f)));
        AtomicFiles.write(dir.resolve("manifest.json"), edit.apply(manifest));
        return CliRun.of("reproduce", dir.toString());
    }

    @Test
    void anIntactManifestReproducesAndSaysWhatItChecked() throws IOException {
        CliRun r = reproduceWith("intact", m -> m);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("command line agrees with the seeds") && r.out().contains("parameters re-resolved"), r.out());
    }

    @Test
    void aCommandThatContradictsTheSeedsIsFound() throws IOException {
        CliRun r = reproduceWith("seed", m -> m.replace("\"--seed\", \"3\"", "\"--seed\", \"4\""));
        assertEquals(ExitCodes.CHECK_FAILED, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("--seed") && !r.out().contains("Reproduced"), r.out());
    }

    @Test
    void anEditedParameterIsFoundEvenIfTheOutputsWouldNotShowIt() throws IOException {
        CliRun r = reproduceWith("param", m -> m.replaceFirst("\"report.language\" : \"[a-z]+\"", "\"report.language\" : \"en\"")
                .replaceFirst("\"population.residents\" : 500", "\"population.residents\" : 501"));
        assertEquals(ExitCodes.CHECK_FAILED, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("population.residents"), r.out());
        assertFalse(r.out().contains("Reproduced:"), r.out());
    }

    @Test
    void aDeletedHashListIsFound() throws IOException {
        CliRun r = reproduceWith("hashes", m -> m.replaceFirst("(?s)\"outputs\" : \\{[^}]*\\}", "\"outputs\" : { }"));
        assertEquals(ExitCodes.CHECK_FAILED, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("hash"), r.out());
    }

    @Test
    void anotherVersionOrCommitIsFound() throws IOException {
        CliRun r = reproduceWith("commit", m -> m.replaceFirst("\"git_commit\" : \"[^\"]*\"", "\"git_commit\" : \"0123456789abcdef\""));
        assertEquals(ExitCodes.CHECK_FAILED, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("0123456789abcdef"), r.out());
    }

    @Test
    void sweepAndCompareFoldersAndMalformedSeedsAreCleanRefusals() throws IOException {
        CliRun sweep = reproduceWith("sweep-kind", m -> "{\"tool\" : \"samenspel\", \"kind\" : \"sweep\", \"runs\" : 8}");
        assertEquals(ExitCodes.BAD_INPUT, sweep.exit());
        assertTrue(sweep.err().contains("sweep") && !sweep.err().contains("Exception"), sweep.err());
        CliRun compare = reproduceWith("compare-kind", m -> "{\"tool\" : \"samenspel\", \"kind\" : \"compare\", \"seeds\" : [1, 2]}");
        assertEquals(ExitCodes.BAD_INPUT, compare.exit());
        assertTrue(!compare.err().contains("Exception"), compare.err());
        CliRun seeds = reproduceWith("bad-seeds", m -> m.replaceFirst("\"behaviour\" : -?\\d+", "\"behaviour\" : \"x\""));
        assertEquals(ExitCodes.BAD_INPUT, seeds.exit(), seeds.out());
        assertTrue(seeds.err().contains("seeds") && !seeds.err().contains("Exception"), seeds.err());
        CliRun noSeeds = reproduceWith("no-seeds", m -> m.replaceFirst("\"seeds\"", "\"sids\""));
        assertEquals(ExitCodes.BAD_INPUT, noSeeds.exit(), noSeeds.out());
        assertTrue(!noSeeds.err().contains("Exception"), noSeeds.err());
    }
}
