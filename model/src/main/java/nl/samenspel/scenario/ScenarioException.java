package nl.samenspel.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found while loading a scenario, reported together. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(ScenarioProblem problem) {
        this(List.of(problem));
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
