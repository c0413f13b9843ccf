package nl.samenspel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.sweep.Merge;
import nl.samenspel.experiment.sweep.SweepFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the shards of a sweep (e.g. a SLURM array job) into DIR/runs.csv.",
            "",
            "Checks first that every run is present exactly once; if runs are missing it says which (and their shards), "
                + "writes nothing and exits 2."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The --out folder the shards wrote into.")
    Path dir;

    @picocli.CommandLine.Option(names = "--allow-other-build", description = "Merge although the sweep was started by another build of samenspel (the manifest says so).")
    boolean allowOtherBuild;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SweepFolder folder = new SweepFolder(dir);
        if (!folder.hasDescriptor()) throw new UserError(dir + ": no " + SweepFolder.DESCRIPTOR + " here (is this a folder written by 'samenspel sweep'?)");
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("command", List.of("samenspel", "merge", dir.toString()));
        Merge.Result r;
        try {
            r = Merge.merge(folder, extras, allowOtherBuild);
        } catch (SweepFolder.SweepMismatch e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError(SweepCommand.writeFailure(dir, e).replace("finish with 'samenspel sweep FILE --out " + dir + " --resume'", "merge again"));
        }
        if (!r.complete()) throw new UserError(SweepCommand.missingMessage(dir, r));
        for (String d : r.damage()) spec.commandLine().getErr().println("samenspel: note: " + d + " (skipped; its run is recorded elsewhere)");
        spec.commandLine().getOut().printf("Merged %d runs from %d part(s) into %s%n", r.total(), r.parts().size(), dir.resolve(SweepFolder.RUNS));
        return ExitCodes.OK;
    }
}
