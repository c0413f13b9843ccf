package nl.samenspel.report;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ResolvedScenario;

/**
 * Whether a town's staff match its residents: the baseline district has a professional per
 * 1,000 residents and three coordinator posts per 5,000. A scenario with other residents whose
 * staff per resident differ by more than a quarter gets a warning; one whose staff were scaled
 * along gets a note, so that the reader knows which happened.
 */
final class StaffCheck {
    static final double TOLERANCE = 0.25;

    private StaffCheck() {}

    static List<Rich> warnings(List<ResolvedScenario> scenarios, ParameterDocs docs, Language lang, ScenarioNames names) {
        double baseResidents = Double.parseDouble(docs.entry("population.residents").value());
        double basePros = Double.parseDouble(docs.entry("wijkteam.professionals").value()) * Double.parseDouble(docs.entry("population.districts").value());
        double basePosts = Double.parseDouble(docs.entry("coordinators.posts").value()) * Double.parseDouble(docs.entry("population.districts").value());
        List<Rich> out = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            Parameters p = scenarios.get(k).parameters();
            double residents = p.population().residents();
            if (residents == baseResidents) continue;
            double pros = p.wijkteam().professionals() * (double) p.population().districts();
            double posts = p.coordinators().posts() * (double) p.population().districts();
            double proRatio = pros / residents / (basePros / baseResidents);
            double postRatio = posts / residents / (basePosts / baseResidents);
            String per1000 = lang.number(1000 * pros / residents, 2);
            String base1000 = lang.number(1000 * basePros / baseResidents, 2);
            if (Math.abs(proRatio - 1) > TOLERANCE || Math.abs(postRatio - 1) > TOLERANCE) {
                out.add(Rich.of(lang.text("staff.not_scaled", names.title(k), lang.number(residents, 0), per1000, base1000)));
            } else {
                out.add(Rich.of(lang.text("staff.scaled", names.title(k), lang.number(residents, 0), per1000)));
            }
        }
        return out;
    }
}
