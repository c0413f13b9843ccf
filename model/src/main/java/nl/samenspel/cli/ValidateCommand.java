package nl.samenspel.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.samenspel.experiment.validation.Pattern;
import nl.samenspel.experiment.validation.PatternResult;
import nl.samenspel.experiment.validation.PatternRun;
import nl.samenspel.experiment.validation.Patterns;
import nl.samenspel.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@CommandDefaults.Defaults(replications = "20")
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check that the model reproduces the patterns P1-P6 of MODEL.md section 1 (docs/compare.md), each as a "
                + "fixed comparison with common random numbers.",
            "",
            "Prints per pattern what the source says (file:line), the target, what the model gives (with 95%% intervals), "
                + "and PASS or FAIL. Exit 0 if all pass, 1 if any fails."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ReplicationsOption replicationsOption;

    @Mixin
    SeedOption seedOption;

    @Mixin
    ThreadsOption threadsOption;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a parameter in every scenario of every pattern, e.g. --set coordinators.coaching_effect=0 to see a pattern vanish.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--only", paramLabel = "P", split = ",", description = "Check only these patterns, e.g. --only P1,P5 (default: all).")
    List<String> only = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int replications = replicationsOption.replications;
        long seed = seedOption.value();
        Integer threads = threadsOption.count();
        Replicating.requireReplications(replications);
        int workers = threads;
        PatternRun run = new PatternRun(replications, seed, workers, overrides);
        try {
            run.checkOverrides();
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
        List<Pattern> patterns = select();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Validating patterns %s with %d replications per scenario, seed %d%s%n%n", String.join(",", patterns.stream().map(Pattern::id).toList()), replications, seed,
                overrides.isEmpty() ? "" : ", with " + String.join(" ", overrides));
        List<PatternResult> results = Patterns.check(patterns, run, r -> {
            out.printf(Locale.ROOT, "%s %-16s %s%n", r.pattern().id(), r.pattern().name(), r.pass() ? "PASS" : "FAIL");
            out.printf(Locale.ROOT, "   source: %s (%s)%n", r.pattern().claim(), r.pattern().sources());
            out.printf(Locale.ROOT, "   target: %s%n", r.pattern().target());
            out.printf(Locale.ROOT, "   model:  %s%n%n", r.modelResult());
            out.flush();
        });
        long passed = results.stream().filter(PatternResult::pass).count();
        out.printf(Locale.ROOT, "%d of %d patterns pass.%n", passed, results.size());
        return passed == results.size() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private List<Pattern> select() {
        if (only.isEmpty()) return Patterns.ALL;
        List<Pattern> out = new ArrayList<>();
        for (String id : only) {
            Pattern p = Patterns.ALL.stream().filter(x -> x.id().equalsIgnoreCase(id.trim())).findFirst()
                    .orElseThrow(() -> new UserError("--only: no pattern '" + id + "' (known: " + String.join(", ", Patterns.ALL.stream().map(Pattern::id).toList()) + ")"));
            out.add(p);
        }
        return out;
    }
}
