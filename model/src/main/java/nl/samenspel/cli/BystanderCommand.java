package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.samenspel.classroom.BystanderExperiment;
import nl.samenspel.classroom.BystanderFitFile;
import nl.samenspel.classroom.BystanderRow;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.classroom.DarleyLatane1968;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@CommandDefaults.Defaults(replications = "4000")
@Command(name = "bystander", mixinStandardHelpOptions = true,
        subcommands = BystanderFitCommand.class,
        description = {"The classroom experiment (MODEL.md section 7): one person in need and a group of bystanders who all "
                + "notice it; each second each naive bystander acts with the care model's bystander rule.",
            "",
            "Prints, per group size, the share of each naive person who acted while the emergency lasted (95%% interval over "
                + "replications), the share of groups where at least one did, and the mean seconds to act, beside Darley & Latane "
                + "(1968) Table 1 where the design matches. Writes DIR/bystander.csv and manifest.json.",
            "",
            "With --in-view the naive bystanders sit in one room and see who has not acted (social proof among naive people); "
                + "the lone rate stays the seizure's unless --lone-rate is given, so only being in view differs.",
            "",
            "Defaults come from scenarios/bystander.yaml (written by 'samenspel bystander fit').", ""})
public final class BystanderCommand implements Callable<Integer> {
    @Option(names = "--others", split = ",", paramLabel = "N,N,...", defaultValue = "0,1,4",
            description = "Group sizes: people present besides the measured one, confederates included (default: ${DEFAULT-VALUE}).")
    List<Integer> others;

    @Option(names = "--confederates", paramLabel = "K", defaultValue = "0",
            description = "Of the others, how many are passive confederates told never to act, in view (default: ${DEFAULT-VALUE}).")
    int confederates;

    @Option(names = "--in-view", description = "Put the naive bystanders in one room: each sees the others who have not acted yet "
            + "(social proof among naive people). Default: over an intercom, as in the seizure experiment, nobody sees the others.")
    boolean inView;

    @Option(names = "--named", description = "Explicit responsibility (001:998): the measured person is named first responder.")
    boolean named;

    @Option(names = "--lone-rate", paramLabel = "P", description = "Chance per second that a person alone acts, 0..1 (default: the fit's).")
    Double loneRate;

    @Option(names = "--diffusion", paramLabel = "D", description = "Diffusion of responsibility per other (default: the fit's).")
    Double diffusion;

    @Option(names = "--social-proof", paramLabel = "S", description = "Social proof per passive other in view (default: the fit file's).")
    Double socialProof;

    @Option(names = "--seconds", paramLabel = "T", description = "End of observation in seconds (default: the fit file's, 360).")
    Integer seconds;

    @Option(names = "--emergency-seconds", paramLabel = "E", description = "How long the emergency lasts; shares are read here (default: the fit file's, 125).")
    Integer emergencySeconds;

    @Mixin
    ReplicationsOption replicationsOption;

    @Mixin
    SeedOption seedOption;

    @Mixin
    OutputFolderOption output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int replications = replicationsOption.replications;
        long seed = seedOption.value();
        BystanderSetup base = setup();
        if (replications < 2 || replications > 10_000_000) throw new UserError("--replications must be in 2..10000000, got " + replications);
        Path dir = output.fresh("bystander-seed" + seed);
        List<BystanderRow> rows;
        try (Progress bar = new Progress("bystander", others.size(), false)) {
            rows = BystanderExperiment.run(base, others, replications, seed, bar::update);
        }
        Path staged = AtomicFiles.stage(dir);
        try {
            AtomicFiles.write(staged.resolve("bystander.csv"), BystanderRow.csv(rows));
            new Manifest().put("command", commandLine()).put("seed", seed).put("replications", replications)
                    .put("parameters", parameters(base)).put("source", BystanderFitFile.load().file()).writeTo(staged);
            AtomicFiles.publish(staged, dir);
        } finally {
            AtomicFiles.deleteTree(staged);
        }
        print(spec.commandLine().getOut(), base, rows);
        spec.commandLine().getOut().println("wrote " + dir.resolve("bystander.csv"));
        return ExitCodes.OK;
    }

    /** The fitted design with the user's changes; every bad value becomes one message. */
    private BystanderSetup setup() {
        BystanderSetup f;
        try {
            f = BystanderFitFile.load().design();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (others.isEmpty()) throw new UserError("--others: give at least one group size, e.g. --others 0,1,4");
        for (int n : others) {
            if (n < 0) throw new UserError("--others: group sizes must not be negative, got " + n + " (hint: --others 0,1,4)");
            if (n > BystanderSetup.MAX_OTHERS) throw new UserError("--others: at most " + BystanderSetup.MAX_OTHERS + " others per group, got " + n + " (hint: --others 0,1,4)");
            if (confederates > n) throw new UserError("--confederates " + confederates + " exceeds group size " + n + " in --others (hint: list only group sizes of at least " + confederates + ")");
        }
        try {
            return new BystanderSetup(others.get(0), confederates, or(loneRate, f.loneRate()), or(diffusion, f.diffusion()),
                    or(socialProof, f.socialProof()), f.indifference(), f.readinessSpread(), named, inView,
                    emergencySeconds != null ? emergencySeconds : Math.min(f.emergencySeconds(), seconds != null ? seconds : f.seconds()),
                    seconds != null ? seconds : f.seconds());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (see --help)");
        }
    }

    private static double or(Double v, double dflt) {
        return v != null ? v : dflt;
    }

    static java.util.Map<String, Object> parameters(BystanderSetup s) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("lone_rate", s.loneRate());
        m.put("diffusion", s.diffusion());
        m.put("social_proof", s.socialProof());
        m.put("indifference", s.indifference());
        m.put("in_view", s.inView());
        m.put("readiness_spread", s.readinessSpread());
        m.put("confederates", s.confederates());
        m.put("named", s.named());
        m.put("emergency_seconds", s.emergencySeconds());
        m.put("seconds", s.seconds());
        return m;
    }

    static void print(PrintWriter pw, BystanderSetup base, List<BystanderRow> rows) {
        pw.printf(Locale.ROOT, "Bystander experiment (%s): lone rate %.4f/s, diffusion %.3f, social proof %.3f, readiness spread %.3f%s;%n",
                base.inView() ? "in view: one room, each sees who has not acted" : "intercom: nobody sees the others",
                base.loneRate(), base.diffusion(), base.socialProof(), base.readinessSpread(), base.named() ? ", measured person named" : "");
        pw.printf(Locale.ROOT, "share acted = each naive person, by second %d (end of the emergency); mean seconds = of those who acted by second %d.%n",
                base.emergencySeconds(), base.seconds());
        pw.printf(Locale.ROOT, "%6s %5s | %-22s %9s %8s | %-29s%n", "others", "conf.", "share acted (95% CI)", "any acted", "mean s", "Darley & Latane 1968 Table 1");
        for (BystanderRow r : rows) {
            BystanderSetup s = base.withOthers(r.others(), r.confederates());
            DarleyLatane1968.Row d = DarleyLatane1968.sameDesign(s) ? DarleyLatane1968.row(r.others()) : null;
            String dl = d == null ? "" : String.format(Locale.ROOT, "%3.0f %% by end of fit, %3.0f s (n=%d)", 100 * d.share(), d.meanSeconds(), d.subjects());
            pw.printf(Locale.ROOT, "%6d %5d | %5.1f %% (%5.1f-%5.1f)    %7.1f %% %8.1f | %s%n", r.others(), r.confederates(),
                    100 * r.shareActed(), 100 * r.shareActedCiLow(), 100 * r.shareActedCiHigh(), 100 * r.groupAnyActed(), r.meanSeconds(), dl);
        }
    }

    private List<String> commandLine() {
        List<String> c = new ArrayList<>();
        c.add("samenspel");
        c.add("bystander");
        c.addAll(spec.commandLine().getParseResult().originalArgs());
        return c;
    }
}
