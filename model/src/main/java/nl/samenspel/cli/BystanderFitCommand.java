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
import nl.samenspel.classroom.InViewStudy;
import nl.samenspel.classroom.LataneRodin1969;
import nl.samenspel.output.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@CommandDefaults.Defaults(replications = "4000")
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit the bystander rule jointly to two experiments: Darley & Latane (1968) Table 1 (over an intercom) and "
                + "Latane & Rodin (1969), 'A lady in distress' (in view of each other). Diffusion, social proof, readiness spread "
                + "and a confederate's indifference are shared; each experiment has its own lone rate.",
            "",
            "Weighted least squares on the model's exact expectations (BOBYQA, deterministic). Writes the values, both "
                + "experiments' rows (model beside data) and the objective to scenarios/bystander.yaml, also reports the rule "
                + "without the confederate's indifference, and checks the fit by simulation.", ""})
public final class BystanderFitCommand implements Callable<Integer> {
    @Option(names = "--write", paramLabel = "FILE", defaultValue = "scenarios/bystander.yaml", description = "Where to write the fit (default: ${DEFAULT-VALUE}).")
    Path target;

    @Mixin
    ReplicationsOption replicationsOption;

    @Mixin
    SeedOption seedOption;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The seizure design whose times the fit uses (its rates are what the fit finds). */
    public static BystanderSetup seizureDesign() {
        return new BystanderSetup(0, 0, 0.02, 1, 0.1, 1, 0.5, false, false, DarleyLatane1968.FIT_SECONDS, DarleyLatane1968.OBSERVED_SECONDS);
    }

    @Override
    public Integer call() throws IOException {
        int replications = replicationsOption.replications;
        long seed = seedOption.value();
        if (replications < 2 || replications > 10_000_000) throw new UserError("--replications must be in 2..10000000, got " + replications);
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) throw new UserError(target + ": folder " + target.getParent() + " does not exist (hint: run from the project folder, or give --write FILE)");
        BystanderSetup seizure = seizureDesign();
        BystanderFit.Result fit = BystanderFit.fit(seizure, true);
        BystanderFit.Result without = BystanderFit.fit(seizure, false);
        AtomicFiles.write(target, BystanderFitFile.text(fit, without, seizure, "samenspel bystander fit"));

        PrintWriter pw = spec.commandLine().getOut();
        BystanderFit.Rates r = BystanderFitFile.rounded(fit.rates());
        pw.printf(Locale.ROOT, "Fitted jointly to %s and %s (%d evaluations):%n", DarleyLatane1968.SOURCE, LataneRodin1969.SOURCE, fit.evaluations());
        pw.printf(Locale.ROOT, "  shared: diffusion %s, social_proof %s, readiness_spread %s, indifference %s%n",
                r.diffusion(), r.socialProof(), r.readinessSpread(), r.indifference());
        pw.printf(Locale.ROOT, "  lone rate per second: %s (intercom, D&L), %s (in view, L&R)%n", r.loneRateIntercom(), r.loneRateInView());
        pw.printf(Locale.ROOT, "  objective %.4f (at the rounded values)%n", BystanderFit.objective(seizure, r));
        printRows(pw, BystanderFit.compare(seizure, r));
        BystanderFit.Rates w = BystanderFitFile.rounded(without.rates());
        pw.printf(Locale.ROOT, "Without the confederate's indifference (the rule before the split): objective %.4f, social_proof %s%n",
                BystanderFit.objective(seizure, w), w.socialProof());
        for (BystanderFit.RowFit f : BystanderFit.compare(seizure, w)) {
            if (f.inView()) pw.printf(Locale.ROOT, "  %-20s data %3.0f %%, model %5.1f %% (%+.1f points)%n", f.condition(), 100 * f.shareData(), 100 * f.shareModel(), f.sharePointsOff());
        }

        BystanderFit.OutOfSample smoke = BystanderFit.smoke(seizure, r);
        pw.printf(Locale.ROOT, "Out of sample (not fitted): %s, its own lone rate %.5f/s meets the alone row:%n", LataneRodin1969.SMOKE.source(), smoke.loneRate());
        for (BystanderFit.RowFit f : smoke.rows()) {
            pw.printf(Locale.ROOT, "  %-26s data %3.0f %%, model %5.1f %% (%+.1f points)%s%n", f.condition(), 100 * f.shareData(), 100 * f.shareModel(),
                    f.sharePointsOff(), f.groupShare() ? " (groups in which anyone reported)" : "");
        }
        pw.printf(Locale.ROOT, "Check by simulation (%d runs per condition, seed %d):%n", replications, seed);
        BystanderSetup dl = BystanderFit.intercom(seizure, r);
        List<BystanderRow> sim = BystanderExperiment.run(dl, DarleyLatane1968.table1().stream().map(DarleyLatane1968.Row::others).toList(), replications, seed, n -> {});
        BystanderCommand.print(pw, dl, sim);
        BystanderSetup lr = BystanderFit.inView(seizure, r);
        for (InViewStudy.Row d : LataneRodin1969.rows()) {
            BystanderRow row = BystanderExperiment.run(LataneRodin1969.design(lr, d), replications, seed);
            double model = d.groupShare() ? row.groupAnyActed() : row.shareActed();
            pw.printf(Locale.ROOT, "  L&R %-20s simulated %5.1f %%, data %3.0f %% (%s)%n", d.condition(), 100 * model, 100 * d.share(),
                    d.groupShare() ? "pairs in which anyone helped" : "each person");
        }
        BystanderRow intercomOne = BystanderExperiment.run(dl.withOthers(1, 0), replications, seed);
        BystanderRow inViewOne = BystanderExperiment.run(dl.withOthers(1, 0).withInView(true), replications, seed);
        pw.printf(Locale.ROOT, "With one other present (seizure's lone rate): %.1f %% act over the intercom, %.1f %% in view.%n",
                100 * intercomOne.shareActed(), 100 * inViewOne.shareActed());
        pw.println("wrote " + target);
        pw.println("scenarios/baseline.yaml must carry bystander.diffusion " + r.diffusion() + " and bystander.social_proof " + r.socialProof() + " (a test checks this).");
        return ExitCodes.OK;
    }

    static void printRows(PrintWriter pw, List<BystanderFit.RowFit> rows) {
        pw.printf(Locale.ROOT, "%-20s %-26s %4s | %6s %7s %9s | %6s %7s %8s%n", "experiment", "condition", "n", "share", "model", "off (pp)", "secs", "model", "off (%)");
        for (BystanderFit.RowFit f : rows) {
            String cond = f.condition() + (f.groupShare() ? " (pairs)" : "");
            String secs = Double.isNaN(f.secondsData()) ? String.format(Locale.ROOT, "%6s %7s %8s", "", "", "")
                    : String.format(Locale.ROOT, "%6.0f %7.1f %+7.1f%%", f.secondsData(), f.secondsModel(), 100 * f.secondsRelativeOff());
            pw.printf(Locale.ROOT, "%-20s %-26s %4d | %5.0f%% %6.1f%% %+9.1f | %s%n", f.experiment(), cond, f.subjects(),
                    100 * f.shareData(), 100 * f.shareModel(), f.sharePointsOff(), secs);
        }
    }
}
