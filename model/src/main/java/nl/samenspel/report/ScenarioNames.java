package nl.samenspel.report;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioFile;

/** The titles a report shows for scenarios: the files' own titles, joined for a stack a+b. */
final class ScenarioNames {
    private final List<ResolvedScenario> scenarios;
    private final Language lang;

    ScenarioNames(List<ResolvedScenario> scenarios, Language lang) {
        this.scenarios = scenarios;
        this.lang = lang;
    }

    String title(int k) {
        ResolvedScenario s = scenarios.get(k);
        List<String> parts = new ArrayList<>();
        for (String part : s.name().split("\\+")) parts.add(titleOf(s, part.trim()));
        return String.join(" + ", parts);
    }

    private String titleOf(ResolvedScenario s, String part) {
        for (ScenarioFile f : s.chain()) {
            if (part.equals(f.name()) || part.equals(f.file())) return f.title(lang.code());
        }
        return part;
    }
}
