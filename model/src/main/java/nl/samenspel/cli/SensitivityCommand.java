package nl.samenspel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.sweep.Sensitivity;
import nl.samenspel.experiment.sweep.SweepFolder;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;
import nl.samenspel.report.SensitivityChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Sobol indices of a finished 'sobol' sweep, as CSV and bar charts.",
            "",
            "First-order and total index per varied parameter and outcome (Saltelli 2010 / Jansen estimators) with 95% "
                + "bootstrap intervals, as " + Sensitivity.TABLE + " and one bar chart per outcome (PNG and SVG)."})
public final class SensitivityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep folder (design: sobol) with runs.csv.")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: DIR/sensitivity). Must be new or empty.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Sensitivity.OutcomeIndices> all;
        try {
            all = Sensitivity.analyse(new SweepFolder(dir));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Path target = out != null ? out : dir.resolve("sensitivity");
        OutputFolders.requireFresh(target);
        Path staged = AtomicFiles.stage(target);
        try {
            AtomicFiles.write(staged.resolve(Sensitivity.TABLE), Sensitivity.table(all));
            Map<String, Sensitivity.OutcomeIndices> charts = Sensitivity.chartable(all);
            for (Sensitivity.OutcomeIndices oi : charts.values()) {
                SensitivityChart.write(oi, staged, "sobol_" + oi.outcome());
                if (SensitivityChart.wide(oi)) {
                    spec.commandLine().getErr().println("warning: " + oi.outcome() + ": some Sobol intervals are wider than " + SensitivityChart.WIDE
                            + "; take more samples before ranking the parameters");
                }
            }
            new Manifest().put("kind", "sensitivity").put("sweep", dir.toAbsolutePath().toString())
                    .put("estimators", "first order: Saltelli et al. 2010; total: Jansen 1999; 95% percentile bootstrap, " + Sensitivity.RESAMPLES + " resamples")
                    .writeTo(staged);
            AtomicFiles.publish(staged, target);
        } finally {
            AtomicFiles.deleteTree(staged);
        }
        spec.commandLine().getOut().printf("Wrote %s and %d charts to %s%n", Sensitivity.TABLE, Sensitivity.chartable(all).size(), target);
        return ExitCodes.OK;
    }
}
