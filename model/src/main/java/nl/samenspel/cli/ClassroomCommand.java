package nl.samenspel.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.samenspel.classroom.BystanderFitFile;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.classroom.ClassroomState;
import nl.samenspel.classroom.RoomSettings;
import nl.samenspel.classroom.window.CareWithUI;
import nl.samenspel.classroom.window.ClassroomLauncher;
import nl.samenspel.classroom.window.ClassroomWithUI;
import nl.samenspel.classroom.window.Words;
import nl.samenspel.report.Language;
import nl.samenspel.engine.CareSimulation;
import nl.samenspel.engine.Seeds;
import nl.samenspel.scenario.ResolvedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "classroom", mixinStandardHelpOptions = true,
        description = {"Open the classroom window: a MASON Console (a teacher's guide is in docs/classroom.md). Needs a display "
                + "(on a server: xvfb-run).",
            "",
            "Default: the bystander room. People sit around a person in need, coloured by what they do; a chart collects the "
                + "share who acted by group size beside Darley & Latane (1968). Change group size, passive bystanders, one "
                + "person named, in one room or over the intercom, lone rate and speed in the Console's Model tab.",
            "",
            "The windows speak Dutch for a Dutch class; --lang en for English.",
            "",
            "--compare 0,4: two rooms side by side, the same people with the same luck.",
            "",
            "--model care SCENARIO: the care model's district (residents, volunteers, coordinators, professionals); cut the "
                + "coordinators mid-run in the Model tab and watch volunteers and reach.", ""})
public final class ClassroomCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "room|care", defaultValue = "room", description = "What to show (default: ${DEFAULT-VALUE}).")
    String model;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "With --model care: scenario name, stack or file (default: baseline).")
    String scenario;

    @Option(names = "--compare", split = ",", paramLabel = "A,B", description = "Two group sizes side by side, e.g. 0,4.")
    List<Integer> compare;

    @Option(names = "--others", paramLabel = "N", defaultValue = "4", description = "Group size of the room at the start (default: ${DEFAULT-VALUE}).")
    int others;

    @Mixin
    SeedOption seedOption;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "20", description = "Room: simulated seconds per real second, 1..120; care: weeks per second, 1..52 (default: ${DEFAULT-VALUE}, care 8).")
    double speed;

    @Option(names = "--cycle", description = "Room: each run takes the next group size of 0, 1, 4 (the seizure experiment).")
    boolean cycle;

    @Option(names = "--fast-forward", description = "Room: start with " + RoomSettings.QUICK_RUNS + " quick runs per group size in the chart.")
    boolean fastForward;

    @Option(names = "--in-view", description = "Room: the bystanders sit in one room and see who has not acted yet (default: over an intercom, as in the seizure experiment).")
    boolean inView;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Language of the windows (default: ${DEFAULT-VALUE}, Dutch).")
    String lang;

    @Option(names = "--autoplay", description = "Start playing at once.")
    boolean autoplay;

    @Option(names = "--quit-after", paramLabel = "SECONDS", defaultValue = "0", description = "Play this long, save pictures (see --snapshots) and quit; 0 = until closed.")
    int quitAfter;

    @Option(names = "--snapshots", paramLabel = "DIR", description = "With --quit-after: where to save a PNG of every window, the screen, and status.json.")
    Path snapshots;

    @Mixin
    ScenarioOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {

        if (!model.equals("room") && !model.equals("care")) throw new UserError("--model must be room or care, got '" + model + "'");
        if (scenario != null && !model.equals("care")) throw new UserError("a scenario is only used with --model care (got '" + scenario + "')");
        if (compare != null && (compare.size() != 2 || compare.stream().anyMatch(n -> n < 0 || n > RoomSettings.MAX_OTHERS)))
            throw new UserError("--compare takes two group sizes in 0.." + RoomSettings.MAX_OTHERS + ", e.g. --compare 0,4");
        if (others < 0 || others > RoomSettings.MAX_OTHERS) throw new UserError("--others must be in 0.." + RoomSettings.MAX_OTHERS + ", got " + others);
        if (quitAfter < 0) throw new UserError("--quit-after must not be negative");
        if (!(speed >= 1 && speed <= 120)) throw new UserError("--speed must be in 1..120, got " + speed);
        if (Language.of(lang) == null) throw new UserError("--lang must be nl or en, got '" + lang + "'");
        if (GraphicsEnvironment.isHeadless()) throw new UserError("classroom needs a display and none was found (on a server, run it under xvfb-run)");
        sim.display.GUIState gui = model.equals("care") ? care() : room();
        Map<String, Object> status = ClassroomLauncher.open(gui, new ClassroomLauncher.Options(autoplay, quitAfter, snapshots));
        if (!status.isEmpty()) spec.commandLine().getOut().println("classroom: " + status.get("title") + ", steps reached: " + status.get("steps"));
        return ExitCodes.OK;
    }

    private Words words() {
        return new Words(Language.of(lang));
    }

    private sim.display.GUIState room() {
        BystanderSetup fitted;
        try {
            fitted = BystanderFitFile.load().design();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        boolean two = compare != null;
        RoomSettings settings = new RoomSettings(fitted, two ? compare.get(0) : others, two ? compare.get(1) : 0, two);
        settings.setSpeed(speed);
        settings.setCycleGroupSizes(cycle);
        settings.setFastForward(fastForward);
        settings.setInView(inView);
        return new ClassroomWithUI(new ClassroomState(fitted, settings, seedOption.value()), words());
    }

    private sim.display.GUIState care() {
        String name = scenario == null ? "baseline" : scenario;
        ResolvedScenario s = options.resolve(name);
        CareWithUI gui = new CareWithUI(new CareSimulation(s.parameters(), Seeds.of(seedOption.value())), name, words());
        if (spec.commandLine().getParseResult().hasMatchedOption("--speed")) gui.settings().setWeeksPerSecond(speed);
        return gui;
    }
}
