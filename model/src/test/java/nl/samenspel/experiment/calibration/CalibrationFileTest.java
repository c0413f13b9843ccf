package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.ProjectFiles;
import nl.samenspel.experiment.sweep.SweepPlan;
import nl.samenspel.experiment.sweep.VariedParameter;
import nl.samenspel.scenario.ParameterBinder;
import nl.samenspel.scenario.ParameterDocs;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;
import org.junit.jupiter.api.Test;

/**
 * scenarios/calibration.yaml: read strictly, free parameters span at least half to twice today's
 * value, every assumed parameter of steps 4-8 is free or fixed with a reason, and the calibration
 * never runs a lever scenario (no pattern enters the fit, rule 6 of the guide).
 */
class CalibrationFileTest {
    static final java.nio.file.Path FILE = ProjectFiles.root().resolve("scenarios/calibration.yaml");
    /** The sections of MODEL.md steps 4-8 (asking, intake, coordination, helping, motivation). */
    static final List<String> STEPS_4_TO_8 = List.of("asking.", "access.", "wijkteam.", "coordinators.", "volunteers.", "needs.");

    static CalibrationFile shipped() throws ScenarioException {
        return new CalibrationReader(Levers.keys()).load(FILE);
    }

    @Test
    void theCalibrationNeverRunsALeverScenario() throws ScenarioException {
        CalibrationFile f = shipped();
        SweepPlan plan = Calibration.plan(f);
        assertEquals(List.of("baseline"), plan.base().chain().stream().map(c -> c.name()).toList(), "the draws run on the baseline alone");
        Set<String> levers = Levers.keys();
        assertTrue(levers.containsAll(List.of("coordinators.cut_week", "funding.contract", "tender.interval_years", "access.mode", "meeting_places.open")), levers.toString());
        for (String k : f.freeKeys()) assertTrue(!levers.contains(k), k + " is a lever");
        Map<String, Object> baseline = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of()).flatValues();
        // Every draw, with its free values put back to the baseline's, is the baseline (but for the
        // horizon): nothing a lever scenario sets ever differs.
        for (int d = 0; d < plan.pointCount(); d += 97) {
            Map<String, Object> drawn = new LinkedHashMap<>(ParameterBinder.flatten(plan.parameters(d)));
            for (String k : f.freeKeys()) drawn.put(k, baseline.get(k));
            drawn.put("simulation.years", baseline.get("simulation.years"));
            for (String lever : levers) assertEquals(baseline.get(lever), drawn.get(lever), "draw " + d + " changes lever " + lever);
            assertEquals(ParameterBinder.bind(baseline), ParameterBinder.bind(drawn), "draw " + d + " differs from the baseline beyond its free parameters");
        }
        for (Target t : f.targets()) assertTrue(t.source() != null && !t.source().isBlank());
    }

    /**
     * Half to twice a value spans a factor four: every prior spans at least that (or reaches the end
     * of the parameter's range on the side where it is short), and holds the baseline's value, which
     * is the fit's point estimate (before the fit: the hand-set value).
     */
    @Test
    void priorsSpanAtLeastHalfToTwiceTodaysValue() throws ScenarioException {
        Map<String, Object> baseline = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of()).flatValues();
        for (VariedParameter vp : shipped().free()) {
            double value = ((Number) baseline.get(vp.key())).doubleValue();
            assertTrue(vp.low() <= value && value <= vp.high(), vp.key() + ": the baseline's " + value + " lies outside the prior " + vp.low() + ".." + vp.high());
            boolean wide = vp.high() >= 4 * vp.low() - 1e-12 || vp.high() >= vp.spec().max() || vp.low() <= vp.spec().min();
            assertTrue(wide, vp.key() + ": prior " + vp.low() + ".." + vp.high() + " spans less than half to twice a value");
        }
    }

    @Test
    void everyAssumedParameterOfSteps4To8IsFreeOrFixedWithAReason() throws ScenarioException {
        CalibrationFile f = shipped();
        Set<String> named = new HashSet<>(f.freeKeys());
        named.addAll(f.fixed().keySet());
        Set<String> levers = Levers.keys();
        int checked = 0;
        for (ParameterDocs.Entry d : ParameterDocs.baseline().assumed()) {
            if (STEPS_4_TO_8.stream().noneMatch(d.key()::startsWith) || levers.contains(d.key())) continue; // levers are the scenarios' business
            checked++;
            assertTrue(named.contains(d.key()), d.key() + " is assumed but neither free nor fixed (with a reason) in scenarios/calibration.yaml");
        }
        assertTrue(checked > 20, "found " + checked + " assumed parameters of steps 4-8");
        for (String k : List.of("bystander.diffusion", "bystander.social_proof")) assertTrue(!named.contains(k), k + " stays with the classroom fit");
    }

    @Test
    void badInputNamesFileLineAndKey() {
        CalibrationReader r = new CalibrationReader(Levers.keys());
        String base = "name: t\nyears: 1\ndraws: 4\ntargets:\n  a: {outcome: volunteers_active, published: 1, band_low: 0, band_high: 2, source: x}\nfree:\n";
        ScenarioException lever = assertThrows(ScenarioException.class, () -> r.read("t.yaml", base + "  coordinators.cut_week: {low: 0, high: 5}\n"));
        assertTrue(lever.getMessage().contains("t.yaml:7") && lever.getMessage().contains("coordinators.cut_week") && lever.getMessage().contains("lever"), lever.getMessage());
        ScenarioException classroom = assertThrows(ScenarioException.class, () -> r.read("t.yaml", base + "  bystander.diffusion: {low: 0.5, high: 3}\n"));
        assertTrue(classroom.getMessage().contains("classroom"), classroom.getMessage());
        ScenarioException typo = assertThrows(ScenarioException.class, () -> r.read("t.yaml", base + "  volunteers.drfit: {low: 0.001, high: 0.01}\n"));
        assertTrue(typo.getMessage().contains("did you mean 'volunteers.drift'"), typo.getMessage());
        ScenarioException scenario = assertThrows(ScenarioException.class, () -> r.read("t.yaml", "scenario: tender-churn\n" + base + "  volunteers.drift: {low: 0.001, high: 0.01}\n"));
        assertTrue(scenario.getMessage().contains("baseline only"), scenario.getMessage());
        ScenarioException noSource = assertThrows(ScenarioException.class, () -> r.read("t.yaml",
                "name: t\nyears: 1\ndraws: 4\nfree: {volunteers.drift: {low: 0.001, high: 0.01}}\ntargets:\n  a: {outcome: volunteers_active, published: 1, band_low: 0, band_high: 2}\n"));
        assertTrue(noSource.getMessage().contains("t.yaml:6") && noSource.getMessage().contains("source"), noSource.getMessage());
        ScenarioException outside = assertThrows(ScenarioException.class, () -> r.read("t.yaml",
                "name: t\nyears: 1\ndraws: 4\nfree: {volunteers.drift: {low: 0.001, high: 0.01}}\ntargets:\n  a: {outcome: volunteers_active, published: 1.7, band_low: 0.1, band_high: 0.3, source: x}\n"));
        assertTrue(outside.getMessage().contains("t.yaml:6") && outside.getMessage().contains("targets.a") && outside.getMessage().contains("outside its own band"), outside.getMessage());
    }

    @Test
    void smcRoundsAreReadStrictly() throws ScenarioException {
        CalibrationReader r = new CalibrationReader(Levers.keys());
        String base = "name: t\nyears: 1\ndraws: 4\nfree: {volunteers.drift: {low: 0.001, high: 0.01}}\n"
                + "targets:\n  a: {outcome: volunteers_active, published: 1, band_low: 0, band_high: 2, source: x}\n";
        assertEquals(0, r.read("t.yaml", base).rounds(), "no smc block: ABC rejection");
        CalibrationFile f = r.read("t.yaml", base + "smc: {rounds: 3, draws: 500}\n");
        assertEquals(3, f.rounds());
        assertEquals(500, f.roundDraws());
        ScenarioException typo = assertThrows(ScenarioException.class, () -> r.read("t.yaml", base + "smc:\n  rounds: 3\n  draw: 500\n"));
        assertTrue(typo.getMessage().contains("t.yaml:9") && typo.getMessage().contains("smc.draw"), typo.getMessage());
        ScenarioException missing = assertThrows(ScenarioException.class, () -> r.read("t.yaml", base + "smc: {rounds: 3}\n"));
        assertTrue(missing.getMessage().contains("smc.draws") && missing.getMessage().contains("is missing"), missing.getMessage());
        ScenarioException negative = assertThrows(ScenarioException.class, () -> r.read("t.yaml", base + "smc: {rounds: -1, draws: 5}\n"));
        assertTrue(negative.getMessage().contains("t.yaml:7") && negative.getMessage().contains("smc.rounds"), negative.getMessage());
    }
}
