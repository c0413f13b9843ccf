package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.samenspel.classroom.BystanderExperiment;
import nl.samenspel.classroom.BystanderFit;
import nl.samenspel.classroom.BystanderFitFile;
import nl.samenspel.classroom.BystanderRow;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.classroom.DarleyLatane1968;
import nl.samenspel.output.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@CommandDefaults.Defaults(replications = "4000")
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit the experiment's lone rate, diffusion and readiness spread to Darley & Latane (1968) Table 1 "
                + "(weighted least squares on the model's exact expectations, BOBYQA), write the values and the fit's quality "
                + "to scenarios/bystander.yaml, and check them by simulation.", ""})
public final class BystanderFitCommand implements Callable<Integer> {
    @Option(names = "--write", paramLabel = "FILE", defaultValue = "scenarios/bystander.yaml", description = "Where to write the fit (default: ${DEFAULT-VALUE}).")
    Path target;

    @Option(names = "--social-proof", paramLabel = "S", description = "Social proof, not fitted (default: the current file's).")
    Double socialProof;

    @Mixin
    ReplicationsOption replicationsOption;

    @Mixin
    SeedOption seedOption;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int replications = replicationsOption.replications;
        long seed = seedOption.value();
        double sp = socialProof != null ? socialProof : currentSocialProof();
        if (!(sp >= 0 && sp <= 50)) throw new UserError("--social-proof must be in 0..50, got " + sp);
        if (replications < 2) throw new UserError("--replications must be at least 2, got " + replications);
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) throw new UserError(target + ": folder " + target.getParent() + " does not exist (hint: run from the project folder, or give --write FILE)");
        BystanderSetup design = new BystanderSetup(0, 0, 0.02, 1, sp, 0.5, false, DarleyLatane1968.FIT_SECONDS, DarleyLatane1968.OBSERVED_SECONDS);
        List<DarleyLatane1968.Row> data = DarleyLatane1968.table1();
        BystanderFit.Result fit = BystanderFit.fit(design, data);
        BystanderSetup rounded = design.withRates(BystanderFitFile.round(fit.loneRate()), BystanderFitFile.round(fit.diffusion()), BystanderFitFile.round(fit.readinessSpread()));
        List<BystanderFit.RowFit> rows = BystanderFit.compare(rounded, data);
        AtomicFiles.write(target, BystanderFitFile.text(fit, design, rows, "samenspel bystander fit"));

        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "Fitted to %s (%d evaluations, objective %.4f):%n", DarleyLatane1968.SOURCE, fit.evaluations(), fit.objective());
        pw.printf(Locale.ROOT, "  lone_rate %s per second, diffusion %s, readiness_spread %s (social_proof %s, not fitted)%n",
                rounded.loneRate(), rounded.diffusion(), rounded.readinessSpread(), sp);
        pw.printf(Locale.ROOT, "%6s | %-26s | %-26s%n", "others", "share by end of fit", "mean seconds to act");
        pw.printf(Locale.ROOT, "%6s | %7s %7s %9s | %7s %7s %9s%n", "", "data", "model", "off (pp)", "data", "model", "off (%)");
        for (BystanderFit.RowFit r : rows) {
            pw.printf(Locale.ROOT, "%6d | %6.0f%% %6.1f%% %+9.1f | %7.0f %7.1f %+8.1f%%%n", r.others(), 100 * r.shareData(), 100 * r.shareModel(),
                    r.sharePointsOff(), r.secondsData(), r.secondsModel(), 100 * r.secondsRelativeOff());
        }
        pw.printf(Locale.ROOT, "Check by simulation (%d runs per group size, seed %d):%n", replications, seed);
        List<BystanderRow> sim = BystanderExperiment.run(rounded, data.stream().map(DarleyLatane1968.Row::others).toList(), replications, seed, n -> {});
        BystanderCommand.print(pw, rounded, sim);
        pw.println("wrote " + target);
        pw.println("scenarios/baseline.yaml must carry bystander.diffusion " + rounded.diffusion() + " and bystander.social_proof " + sp + " (a test checks this).");
        return ExitCodes.OK;
    }

    private double currentSocialProof() {
        try {
            return BystanderFitFile.load().design().socialProof();
        } catch (IllegalArgumentException e) {
            return 0.1; // no fit yet: the baseline's assumed value
        }
    }
}
