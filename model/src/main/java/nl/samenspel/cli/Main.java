package nl.samenspel.cli;

import java.io.PrintWriter;
import java.util.List;
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
        footer = {"", "Exit codes: 0 ok, 1 a check failed, 2 bad input, 3 internal error.",
            "Model: docs/model.md. Scenarios: scenarios/*.yaml."})
public final class Main implements Runnable {
    /** Our subcommands, in the order {@code --help} lists them (picocli's completion and help follow). */
    static final List<Class<?>> COMMANDS = List.of(
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
            ServeCommand.class);

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
        CommandLine cl = commandLine(args);
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

    /** Columns of --help: the descriptions are written in lines of up to about 110 characters, which picocli's 80 would wrap mid-sentence. */
    static final int HELP_WIDTH = 120;

    /**
     * The command line for these arguments. Picocli reflects over every registered command before
     * it parses (half a second of a one-year run's start-up, loading the web, window and report
     * classes), so a command line that names one of our commands first gets that command alone;
     * anything else (help, completion, a typo to suggest a fix for) gets all of them.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = args.length == 0 ? null : named(args[0]);
        if (named != null) {
            cl.addSubcommand(named);
        } else {
            for (Class<?> c : COMMANDS) cl.addSubcommand(c);
            cl.addSubcommand(AutoComplete.GenerateCompletion.class);
            cl.addSubcommand(CommandLine.HelpCommand.class);
        }
        return cl.setUsageHelpWidth(HELP_WIDTH);
    }

    /** Every command, as {@code --help} shows them. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    private static Class<?> named(String word) {
        for (Class<?> c : COMMANDS) {
            Command a = c.getAnnotation(Command.class);
            if (a.name().equals(word) || List.of(a.aliases()).contains(word)) return c;
        }
        return null;
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
