package nl.samenspel.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.engine.Seeds;
import nl.samenspel.engine.Simulation;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;

/**
 * Reruns a run from its manifest alone (resolved parameters and seeds, not the scenario files,
 * which may have changed since) and compares every output file byte for byte.
 */
public final class Reproduction {
    /** One output file: whether the rerun matches the file in the folder, and the manifest's hash. */
    public record FileCheck(String file, boolean identical, String reason) {}

    private Reproduction() {}

    public static List<FileCheck> check(Path dir) throws IOException, ScenarioException {
        Path manifestFile = dir.resolve(Manifest.FILE);
        Map<String, Object> m = Manifest.read(manifestFile);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) m.get("parameters");
        @SuppressWarnings("unchecked")
        Map<String, Object> seeds = (Map<String, Object>) m.get("seeds");
        if (params == null || seeds == null) throw new IOException(manifestFile + " has no parameters or seeds: it is not a run manifest");
        ResolvedScenario s = ScenarioResolver.fromValues(String.valueOf(m.get("scenario")), manifestFile.toString(), params);
        @SuppressWarnings("unchecked")
        Map<String, Object> refParams = (Map<String, Object>) m.get("reference_parameters");
        if (refParams != null) s = s.withReference(ScenarioResolver.fromValues("reference", manifestFile.toString(), refParams).parameters());
        RunResult r = Simulation.run(s.parameters(), s.reference(), new Seeds(((Number) seeds.get("behaviour")).longValue(), ((Number) seeds.get("network")).longValue()), w -> {});
        Path tmp = Files.createTempDirectory("samenspel-reproduce");
        try {
            RunJob.writeTables(tmp, r);
            @SuppressWarnings("unchecked")
            Map<String, String> recorded = (Map<String, String>) m.get("outputs");
            List<FileCheck> out = new ArrayList<>();
            for (String f : List.of(RunJob.WEEKLY, RunJob.SUMMARY)) {
                Path have = dir.resolve(f);
                String rerun = Manifest.sha256(Files.readAllBytes(tmp.resolve(f)));
                if (!Files.exists(have)) out.add(new FileCheck(f, false, "missing from the folder"));
                else if (!rerun.equals(Manifest.sha256(Files.readAllBytes(have)))) out.add(new FileCheck(f, false, "differs from the rerun"));
                else if (recorded != null && !rerun.equals(recorded.get(f))) out.add(new FileCheck(f, false, "matches the folder but not the manifest's hash"));
                else out.add(new FileCheck(f, true, "identical"));
            }
            return out;
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }
}
