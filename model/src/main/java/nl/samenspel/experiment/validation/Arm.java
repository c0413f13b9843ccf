package nl.samenspel.experiment.validation;

import java.util.List;

/** One scenario of a pattern's comparison: a scenario name and the overrides it adds. */
public record Arm(String scenario, List<String> overrides) {
    public static Arm of(String scenario, String... overrides) {
        return new Arm(scenario, List.of(overrides));
    }
}
