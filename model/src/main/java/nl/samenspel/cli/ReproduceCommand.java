package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.Reproduction;
import nl.samenspel.output.Manifest;
import nl.samenspel.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Rerun a run from its manifest.json alone and say whether every output file is byte-identical.",
            "Exit 0 if all are identical, 1 if any differs."})
public final class ReproduceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by 'samenspel run'.")
    Path dir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) throw new UserError(dir + ": no " + Manifest.FILE + " here (is this a folder written by 'samenspel run'?)");
        List<Reproduction.FileCheck> checks;
        try {
            checks = Reproduction.check(dir);
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserError(dir.resolve(Manifest.FILE) + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean all = true;
        for (Reproduction.FileCheck c : checks) {
            out.printf("  %-12s %s%n", c.file(), c.identical() ? "identical" : "DIFFERS: " + c.reason());
            all &= c.identical();
        }
        out.println(all ? "Reproduced: every output file is byte-identical." : "Not reproduced: see the files marked DIFFERS.");
        return all ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
