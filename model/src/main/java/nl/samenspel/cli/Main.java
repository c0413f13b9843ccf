package nl.samenspel.cli;

import java.io.PrintWriter;
import nl.samenspel.output.BuildInfo;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code samenspel} command: picocli parses, the subcommands delegate. */
@Command(name = "samenspel",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Agent-based simulation of formal and informal care in Dutch municipalities:",
            "residents, volunteers, coordinators and wijkteam professionals on a social network.",
            "Compare what-if scenarios on volunteer retention and reach."},
        subcommands = {
            RunCommand.class,
            CompareCommand.class,
            DiscoverCommand.class,
            ValidateCommand.class,
            ReproduceCommand.class,
            ScenariosCommand.class,
            ParamsCommand.class,
            BystanderCommand.class,
            ClassroomCommand.class,
            SweepCommand.class,
            MergeCommand.class,
            SensitivityCommand.class,
            CalibrateCommand.class,
            ExportNetworkCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 a check failed, 2 bad input, 3 internal error.",
            "Model: docs/model.md. Scenarios: scenarios/*.yaml."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; never exits the JVM (tests call this). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> Failures.report(ex, err));
        cl.setDefaultValueProvider(new CommandDefaults());
        int code;
        try {
            code = cl.execute(args);
        } catch (VirtualMachineError | LinkageError e) {
            // picocli passes Errors through; out of memory and the like still end in one line.
            code = Failures.report(e, err);
        } finally {
            OutputFolders.releaseAll();
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Set by tests (-Dsamenspel.test.bug=1) to check that a genuine bug is reported as one (exit 3). */
    static final String INJECT_BUG = "samenspel.test.bug";

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"samenspel " + BuildInfo.version() + " (" + BuildInfo.gitCommit() + ")"};
        }
    }
}
