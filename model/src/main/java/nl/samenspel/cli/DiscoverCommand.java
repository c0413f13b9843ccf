package nl.samenspel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.discovery.Discovery;
import nl.samenspel.experiment.discovery.PrimChart;
import nl.samenspel.experiment.sweep.SweepFolder;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.scenario.ParameterSchema;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery on a sweep: where in parameter space does an outcome fall below (or rise above) a threshold?",
            "",
            "Reads DIR/runs.csv, marks the runs whose OUTCOME is below (--below) or above (--above) T, and runs PRIM "
                + "(Friedman & Fisher 1999) on the varied parameters. Writes peeling.csv (the peeling trajectory), boxes.csv "
                + "(the chosen boxes), boxes.txt (the boxes in words, with coverage and density) and peeling.png/.svg."},
        footer = {"", "Example:", "  samenspel discover out/cc --outcome volunteers_active --below 100"})
public final class DiscoverCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep folder with runs.csv.")
    Path sweep;

    @Option(names = "--outcome", required = true, paramLabel = "O", description = "An outcome column of runs.csv.")
    String outcome;

    static final class Side {
        @Option(names = "--below", paramLabel = "T", required = true, description = "Cases: runs with the outcome below T.")
        Double below;

        @Option(names = "--above", paramLabel = "T", required = true, description = "Cases: runs with the outcome above T.")
        Double above;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Side side;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: DIR/discover-OUTCOME). Must be new or empty.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path runs = sweep.resolve(SweepFolder.RUNS);
        if (!Files.isRegularFile(runs)) throw new UserError(runs + ": not found (give a sweep folder, written by samenspel sweep)");
        List<String> lines = Files.readAllLines(runs, StandardCharsets.UTF_8);
        if (lines.size() < 2) throw new UserError(runs + ": no runs below the header");
        String[] header = lines.get(0).split(",", -1);
        int target = -1;
        List<Integer> inputCols = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        ParameterSchema schema = ParameterSchema.get();
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(outcome)) target = i;
            else if (schema.spec(header[i]) != null) {
                inputCols.add(i);
                inputs.add(header[i]);
            }
        }
        if (target < 0) throw new UserError(runs + ":1: no column '" + outcome + "' (outcome columns: " + String.join(", ", outcomes(header, schema)) + ")");
        if (inputs.isEmpty()) throw new UserError(runs + ":1: no varied parameter columns to explain " + outcome + " with");
        int n = lines.size() - 1;
        double[][] x = new double[n][inputs.size()];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            String[] cells = lines.get(r + 1).split(",", -1);
            for (int d = 0; d < inputs.size(); d++) x[r][d] = number(cells, inputCols.get(d), runs, r + 2, inputs.get(d));
            y[r] = number(cells, target, runs, r + 2, outcome);
        }
        boolean below = side.below != null;
        double t = below ? side.below : side.above;
        Discovery d = Discovery.of(inputs, x, y, outcome, below, t);
        Path dir = out != null ? out : sweep.resolve("discover-" + outcome);
        OutputFolders.requireFresh(dir);
        Path staged = AtomicFiles.stage(dir);
        try {
            AtomicFiles.write(staged.resolve("peeling.csv"), d.trajectoryCsv());
            AtomicFiles.write(staged.resolve("boxes.csv"), d.boxesCsv());
            AtomicFiles.write(staged.resolve("boxes.txt"), d.text());
            PrimChart.write(d, staged, "peeling");
            AtomicFiles.publish(staged, dir);
        } finally {
            AtomicFiles.deleteTree(staged);
        }
        spec.commandLine().getOut().print(d.text());
        spec.commandLine().getOut().println("wrote " + dir.resolve("boxes.txt") + ", boxes.csv, peeling.csv, peeling.png");
        return ExitCodes.OK;
    }

    private static List<String> outcomes(String[] header, ParameterSchema schema) {
        List<String> out = new ArrayList<>();
        for (String h : header) if (schema.spec(h) == null && !h.contains("id") && !h.contains("seed") && !h.equals("replication")) out.add(h);
        return out;
    }

    private static double number(String[] cells, int col, Path file, int line, String key) {
        String s = col < cells.length ? cells[col].trim() : "";
        if (s.equalsIgnoreCase("true")) return 1;
        if (s.equalsIgnoreCase("false")) return 0;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new UserError(file + ":" + line + ": " + key + " = '" + s + "' is not a number (discover needs numeric inputs and outcome)");
        }
    }
}
