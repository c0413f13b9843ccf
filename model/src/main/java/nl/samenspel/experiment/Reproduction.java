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
import nl.samenspel.output.RunManifest;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;

/**
 * Reruns a run from its manifest alone (resolved parameters and seeds, not the scenario files,
 * which may have changed since) and compares every output file byte for byte. The manifest's
 * own consistency (command line, build, parameters) is checked by the caller before this.
 */
public final class Reproduction {
    /** One output file: whether the rerun matches the file in the folder, and the manifest's hash. */
    public record FileCheck(String file, boolean identical, String reason) {}

    private Reproduction() {}

    /** The recorded parameters as a scenario, with the reference it followed until its lever start week (checked against the schema: a bad value is a ScenarioException). */
    public static ResolvedScenario recorded(Path manifestFile, RunManifest m) throws ScenarioException {
        ResolvedScenario s = ScenarioResolver.fromValues(String.valueOf(m.scenario()), manifestFile.toString(), m.parameters());
        if (m.referenceParameters() == null) return s;
        return s.withReference(ScenarioResolver.fromValues("reference", manifestFile.toString(), m.referenceParameters()).parameters());
    }

    public static List<FileCheck> check(Path dir, RunManifest m) throws IOException, ScenarioException {
        ResolvedScenario s = recorded(dir.resolve(Manifest.FILE), m);
        RunResult r = Simulation.run(s.parameters(), s.reference(), new Seeds(m.seeds().behaviour(), m.seeds().network()), w -> {});
        Path tmp = Files.createTempDirectory("samenspel-reproduce");
        try {
            RunJob.writeTables(tmp, r);
            Map<String, String> recorded = m.outputs() == null ? Map.of() : m.outputs();
            List<FileCheck> out = new ArrayList<>();
            for (String f : List.of(RunJob.WEEKLY, RunJob.SUMMARY)) {
                Path have = dir.resolve(f);
                String rerun = Manifest.sha256(tmp.resolve(f));
                if (!Files.exists(have)) out.add(new FileCheck(f, false, "missing from the folder"));
                else if (!rerun.equals(Manifest.sha256(have))) out.add(new FileCheck(f, false, "differs from the rerun"));
                else if (!rerun.equals(recorded.get(f))) out.add(new FileCheck(f, false, recorded.containsKey(f) ? "matches the folder but not the manifest's hash" : "matches the folder, but the manifest has no hash for it"));
                else out.add(new FileCheck(f, true, "identical"));
            }
            return out;
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }
}
