package nl.samenspel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.samenspel.engine.Seeds;
import nl.samenspel.experiment.NetworkSnapshot;
import nl.samenspel.model.World;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.NetworkExport;
import nl.samenspel.scenario.ResolvedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export-network", mixinStandardHelpOptions = true,
        description = {"Write a scenario's network at a week as GraphML, GEXF or DOT (for Gephi or networkx).",
            "",
            "Residents (role resident or volunteer) with their resident ties, and professionals, coordinators and "
                + "initiatives with their samenspel ties. Node attributes: role, wijk, district; edge attributes: "
                + "tie_type (resident or a samenspel tie type), strength."},
        footer = {"", "Example: samenspel export-network baseline --week 156 --format graphml --out baseline.graphml"})
public final class ExportNetworkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario name, stack a+b, or file.")
    String scenario;

    @Option(names = "--week", paramLabel = "W", description = "Weeks to simulate before the export, warm-up included (default: the warm-up, i.e. the start of the reported horizon).")
    Integer week;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, gexf or dot.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: SCENARIO-weekW.FORMAT). Must not exist.")
    Path out;

    @Mixin
    SeedOption seedOption;

    @Mixin
    ScenarioOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long seed = seedOption.value();
        NetworkExport.Format f;
        try {
            f = NetworkExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--format: expected graphml, gexf or dot, got '" + format + "'");
        }
        ResolvedScenario s = options.resolve(scenario);
        int total = s.parameters().simulation().warmupWeeks() + 52 * s.parameters().simulation().years();
        int w = week != null ? week : s.parameters().simulation().warmupWeeks();
        if (w < 0 || w > total) throw new UserError("--week: expected 0.." + total + " (warm-up plus the scenario's years), got " + w);
        Path target = out != null ? out : Path.of(scenario.replaceAll("[^A-Za-z0-9+_-]", "_") + "-week" + w + "." + f.name().toLowerCase(Locale.ROOT));
        OutputFolders.requireNewFile(target);
        World world = NetworkSnapshot.after(s.parameters(), Seeds.of(seed), w);
        var graph = NetworkExport.graph(world);
        AtomicFiles.write(target, NetworkExport.write(graph, f));
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %d nodes, %d edges, week %d of %s%n", target, graph.vertexSet().size(), graph.edgeSet().size(), w, scenario);
        return ExitCodes.OK;
    }
}
