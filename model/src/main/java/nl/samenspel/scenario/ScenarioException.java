package nl.samenspel.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found while loading an input, reported together (the first {@value #SHOWN}, then a count). */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    /** More problems than this are counted, not printed: a wrong file should not print megabytes. */
    public static final int SHOWN = 20;
    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(ScenarioProblem problem) {
        this(List.of(problem));
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }

    private static String message(List<ScenarioProblem> problems) {
        String shown = problems.stream().limit(SHOWN).map(ScenarioProblem::toString).collect(Collectors.joining("\n"));
        int more = problems.size() - SHOWN;
        return more > 0 ? shown + "\n... and " + more + " more problem" + (more == 1 ? "" : "s") + " (fix these first)" : shown;
    }
}
