package nl.samenspel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.samenspel.engine.Seeds;
import nl.samenspel.experiment.Reproduction;
import nl.samenspel.output.BuildInfo;
import nl.samenspel.output.Manifest;
import nl.samenspel.output.RunManifest;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Check a run's manifest.json, rerun the run from it alone and say whether every output file is byte-identical.",
            "",
            "First the manifest itself: that its command line gives its seeds, that the scenario it names still resolves to its "
                + "parameters, that it holds a hash of every output, and that this is the build that wrote it. "
                + "Exit 0 if all holds and every file is identical, 1 if anything differs, 2 if the folder is not a run folder."})
public final class ReproduceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by 'samenspel run'.")
    Path dir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One thing the manifest check found. */
    record Finding(boolean ok, String text) {}

    @Override
    public Integer call() throws IOException {
        Path file = dir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(file)) throw new UserError(dir + ": no " + Manifest.FILE + " here (is this a folder written by 'samenspel run'?)");
        RunManifest m = read(file);
        PrintWriter out = spec.commandLine().getOut();
        List<Finding> findings = check(file, m);
        out.println("Manifest:");
        boolean all = true;
        for (Finding f : findings) {
            out.printf("  %s %s%n", f.ok() ? "ok     " : "DIFFERS", f.text());
            all &= f.ok();
        }
        List<Reproduction.FileCheck> checks;
        try {
            checks = Reproduction.check(dir, m);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
        out.println("Outputs:");
        for (Reproduction.FileCheck c : checks) {
            out.printf("  %-12s %s%n", c.file(), c.identical() ? "identical" : "DIFFERS: " + c.reason());
            all &= c.identical();
        }
        out.println(all ? "Reproduced: the manifest holds together and every output file is byte-identical."
                : "Not reproduced: see the lines marked DIFFERS.");
        return all ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** The manifest as a run manifest; any other kind, or fields of the wrong shape, is a clear refusal. */
    private static RunManifest read(Path file) {
        try {
            Manifest.Head head = Manifest.readHead(file);
            if (!RunManifest.KIND.equals(head.kind())) {
                String what = head.kind() == null ? "not a run manifest (it names no kind)" : "the manifest of a " + head.kind() + " folder, not of a run";
                String hint = "sweep".equals(head.kind()) ? "; a sweep is redone with 'samenspel sweep FILE --out NEW' and compared with its runs.csv"
                        : "compare".equals(head.kind()) ? "; rerun the comparison with the command in its manifest" : "";
                throw new UserError(file + ": " + what + "; 'samenspel reproduce' reruns a folder written by 'samenspel run'" + hint);
            }
            RunManifest m = Manifest.readRun(file);
            if (m.seeds() == null || m.seeds().behaviour() == null || m.seeds().network() == null) {
                throw new UserError(file + ": 'seeds' must hold whole numbers 'behaviour' and 'network'; the manifest is damaged");
            }
            if (m.parameters() == null) throw new UserError(file + ": 'parameters' is missing; the manifest is damaged");
            return m;
        } catch (MismatchedInputException e) {
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]").reduce((a, b) -> a + "." + b).orElse("?");
            throw new UserError(file + ":" + e.getLocation().getLineNr() + ": '" + path + "' has the wrong type (" + e.getOriginalMessage().split("\n")[0] + "); the manifest is damaged");
        } catch (JsonProcessingException e) {
            throw new UserError(file + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The manifest's own consistency: build, hashes, command line vs seeds, parameters vs the scenario they came from. */
    static List<Finding> check(Path file, RunManifest m) {
        List<Finding> out = new ArrayList<>();
        BuildInfo.Identity now = BuildInfo.identity();
        boolean sameBuild = Objects.equals(m.version(), now.version()) && Objects.equals(m.gitCommit(), now.gitCommit());
        out.add(new Finding(sameBuild, sameBuild ? "written by this build (samenspel " + now.version() + ", commit " + now.gitCommit() + ")"
                : "written by samenspel " + m.version() + ", commit " + m.gitCommit() + "; this is samenspel " + now.version() + ", commit " + now.gitCommit()));
        List<String> noHash = new ArrayList<>();
        for (String f : List.of(nl.samenspel.experiment.RunJob.WEEKLY, nl.samenspel.experiment.RunJob.SUMMARY)) {
            if (m.outputs() == null || m.outputs().get(f) == null) noHash.add(f);
        }
        out.add(new Finding(noHash.isEmpty(), noHash.isEmpty() ? "a hash of every output file" : "no hash for " + String.join(", ", noHash) + " (the hash list was removed or edited)"));
        RunCommand run = parseCommand(m.command());
        if (run == null) {
            out.add(new Finding(false, "the recorded command is not a 'samenspel run' command line: " + m.command()));
            return out;
        }
        Seeds expected = run.networkSeed == null ? Seeds.of(run.seedOption.value()) : new Seeds(run.seedOption.value(), run.networkSeed);
        boolean seedsOk = expected.behaviour() == m.seeds().behaviour() && expected.network() == m.seeds().network();
        out.add(new Finding(seedsOk, seedsOk ? "the command line agrees with the seeds (--seed " + run.seedOption.value() + ")"
                : "the command line (--seed " + run.seedOption.value() + (run.networkSeed == null ? "" : " --network-seed " + run.networkSeed) + ") gives seeds "
                        + expected.behaviour() + "/" + expected.network() + ", the manifest records " + m.seeds().behaviour() + "/" + m.seeds().network()));
        ResolvedScenario again;
        try {
            again = run.options.resolve(run.scenario);
        } catch (UserError e) {
            out.add(new Finding(true, "parameters re-resolved: not possible here (" + e.getMessage().lines().findFirst().orElse("") + "); the recorded ones are used as they are"));
            return out;
        }
        List<String> differ = new ArrayList<>();
        Map<String, Object> recorded;
        try {
            recorded = Reproduction.recorded(file, m).flatValues();
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
        for (Map.Entry<String, Object> e : again.flatValues().entrySet()) {
            Object have = recorded.get(e.getKey());
            if (!same(have, e.getValue())) differ.add(e.getKey() + " (recorded " + have + ", the scenario gives " + e.getValue() + ")");
        }
        out.add(new Finding(differ.isEmpty(), differ.isEmpty() ? "parameters re-resolved from '" + run.scenario + "' and the command line equal the recorded ones"
                : "parameters re-resolved from '" + run.scenario + "' differ from the recorded ones: " + String.join(", ", differ.subList(0, Math.min(5, differ.size())))
                        + (differ.size() > 5 ? " and " + (differ.size() - 5) + " more" : "")));
        return out;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        return Objects.equals(a, b);
    }

    /** The recorded command line parsed as 'samenspel run' would parse it, or null if it is not one. */
    private static RunCommand parseCommand(List<String> command) {
        if (command == null || command.size() < 3 || !"samenspel".equals(command.get(0)) || !"run".equals(command.get(1))) return null;
        RunCommand run = new RunCommand();
        try {
            new CommandLine(run).setDefaultValueProvider(new CommandDefaults()).parseArgs(command.subList(2, command.size()).toArray(String[]::new));
            return run;
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }
}
