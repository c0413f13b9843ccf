package nl.samenspel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.ComparisonTables;
import nl.samenspel.metrics.Outcome;
import org.junit.jupiter.api.Test;

/** The first page of the report is made from the results: conclusion, rankings, findings with time frame, check and robustness. */
class ReportModelTest {
    static final CheckedPatterns NONE = new CheckedPatterns(Set.of());

    static List<String> conclusion(Comparison c) {
        List<String> out = new ArrayList<>();
        for (Rich r : new ReportModel(c, Language.NL, ReportFixture.meta(), null, NONE, Map.of()).conclusion()) out.add(r.plain());
        return out;
    }

    /**
     * The clearest improvement is named only for a scenario whose improvements outweigh what it
     * worsens: cutting every coordinator may shorten a waiting list by a few needs, but it is no
     * improvement while far more needs go unanswered.
     */
    @Test
    void aScenarioThatWorsensMoreThanItImprovesIsNeverTheClearestImprovement() {
        // index 0 is the reference; scenario 1 improves 3 and worsens 286, scenario 2 improves 1 and worsens nothing
        assertEquals(2, Conclusion.best(new double[] {0, 3, 1}, new double[] {0, 286, 0}));
        assertEquals(-1, Conclusion.best(new double[] {0, 3}, new double[] {0, 286}), "no scenario is better on balance");
        assertEquals(1, Conclusion.best(new double[] {0, 5, 1}, new double[] {0, 2, 0}), "the larger improvement that outweighs its cost");
    }

    /** The count of scenarios that change something agrees with how many were studied: one of one, all, one of several, some. */
    @Test
    void theCountSentenceReadsWellForOneAllAndSome() {
        assertEquals("All four scenarios studied change at least one headline outcome substantially compared with the Baseline.", Conclusion.countSentence(4, 4, "Baseline", Language.EN));
        assertEquals("Alle vier onderzochte scenario's veranderen minstens één hoofduitkomst wezenlijk ten opzichte van het Basisscenario.", Conclusion.countSentence(4, 4, "Basisscenario", Language.NL));
        assertEquals("The one scenario studied changes no headline outcome substantially compared with the Baseline.", Conclusion.countSentence(0, 1, "Baseline", Language.EN));
        assertTrue(Conclusion.countSentence(1, 4, "Baseline", Language.EN).startsWith("Of the four scenarios studied, one changes"), Conclusion.countSentence(1, 4, "Baseline", Language.EN));
        assertTrue(Conclusion.countSentence(2, 4, "Baseline", Language.EN).startsWith("Of the four scenarios studied, two change"), Conclusion.countSentence(2, 4, "Baseline", Language.EN));
    }

    /** The clearest improvement is named with its robustness when it holds in fewer than half of the plausible sets. */
    @Test
    void aFragileImprovementIsNamedAsFragile() {
        Effect e = new Effect(Outcome.REFERRAL_SHARE_LIGHT, Frame.horizon(10), new nl.samenspel.experiment.stats.Interval(0.09, 0.02, 0.16, 30), 0.18, 0.02, Effect.Status.CLEAR);
        assertTrue(Conclusion.fragile(new Findings.Finding(2, e, 0, 50, null, null)), "none of 50");
        assertTrue(Conclusion.fragile(new Findings.Finding(2, e, 24, 50, null, null)), "under half");
        assertFalse(Conclusion.fragile(new Findings.Finding(2, e, 25, 50, null, null)), "half holds");
        assertFalse(Conclusion.fragile(new Findings.Finding(2, e, 0, 0, null, null)), "no ensemble ran: nothing to say");
        assertEquals("Yearly funding shows the clearest improvement: x; but it holds in only 0 of the 50 plausible parameter sets.",
                Language.EN.text("conclusion.best.fragile", "Yearly funding", "x", "0", "50"));
    }

    /**
     * A share's difference is already a part of the whole: 6 points more of a 10 % share weigh 0.06,
     * not 60 % of it, where a count's difference weighs relative to the reference.
     */
    @Test
    void aSharesWeightIsItsDifferenceACountsIsRelative() {
        Frame f = Frame.horizon(10);
        Effect share = new Effect(Outcome.REFERRAL_SHARE_LIGHT, f, new nl.samenspel.experiment.stats.Interval(0.06, 0.01, 0.11, 30), 0.10, 0.01, Effect.Status.CLEAR);
        Effect count = new Effect(Outcome.VOLUNTEERS_ACTIVE, f, new nl.samenspel.experiment.stats.Interval(-9, -14, -4, 30), 90, 1, Effect.Status.CLEAR);
        assertEquals(0.06, share.weight(), 1e-12);
        assertEquals(0.1, count.weight(), 1e-12);
        assertTrue(share.weight() < count.weight() + new Effect(Outcome.REACH_4W, f, new nl.samenspel.experiment.stats.Interval(-0.064, -0.1, -0.02, 30), 0.57, 0.01, Effect.Status.CLEAR).weight(),
                "6 points more referred do not outweigh 9 volunteers in 90 and 6 points of reach lost");
    }

    /**
     * The balance that names the clearest improvement weighs every clear effect of a scenario; the
     * three shown are the largest of them, in the same order.
     */
    @Test
    void theBalanceWeighsEveryClearEffectAndTheShownOnesAreItsHead() {
        Comparison c = ReportFixture.comparison();
        Findings f = new Findings(c, null);
        boolean moreThanShown = false;
        for (int k = 1; k < c.scenarios().size(); k++) {
            List<Effect> clear = f.clear(k);
            List<Findings.Finding> top = f.top(k);
            assertEquals(Math.min(Findings.PER_SCENARIO, clear.size()), top.size());
            for (int i = 0; i < top.size(); i++) assertEquals(clear.get(i).outcome(), top.get(i).effect().outcome(), "shown effect " + i + " of scenario " + k);
            for (Effect e : clear) assertTrue(e.clear(), e.outcome() + " is clear");
            if (clear.size() > top.size()) moreThanShown = true;
        }
        assertTrue(moreThanShown, "the fixture has a scenario with more clear effects than are shown, so the balance is over more than the three");
    }

    @Test
    void theConclusionFollowsTheResultsNotTheNames() {
        List<String> before = conclusion(ReportFixture.comparison());
        List<String> after = conclusion(ReportFixture.swapped(1, 2));
        assertTrue(before.size() >= 3 && before.size() <= 5, "three to five sentences: " + before);
        assertNotEquals(before, after, "swapping two scenarios' results changes the conclusion");
        // With the results swapped, the same sentences name the other scenario.
        List<String> renamed = new ArrayList<>();
        for (String s : before) renamed.add(s.replace("Geen coördinatoren", "\u0000").replace("Hoge caseload", "Geen coördinatoren").replace("\u0000", "Hoge caseload"));
        assertEquals(renamed, after);
    }

    @Test
    void everyFindingCarriesItsTimeFrameCheckAndRobustness() {
        ReportModel m = new ReportModel(ReportFixture.comparison(), Language.NL, ReportFixture.meta(), ReportFixture.ensemble(), NONE, Map.of());
        ReportModel.ScenarioLine noCoordinators = m.findings().get(0);
        String text = noCoordinators.text().plain();
        assertTrue(Pattern.compile("(binnen twee jaar|na drie jaar)").matcher(text).find(), text);
        assertTrue(text.contains("extrapolatie van het model"), text);
        assertTrue(Pattern.compile("in \\d van de 6 plausibele parameterreeksen").matcher(text).find(), text);
    }

    @Test
    void aPatternWithLegsPassesOnlyWhenEveryLegPasses() {
        // validate's own table (docs/calibration/validation.csv): one row per leg.
        CheckedPatterns c = CheckedPatterns.parse("pattern,pass,figure,ci_low,ci_high,target,ensemble_share\n"
                + "P1,true,-0.5,-0.6,-0.4,x,0.2\nP2.ties,true,-5,-6,-4,\"falls, step by step\",0.6\nP2.referral,false,0.1,-0.1,0.2,x,0.1\n"
                + "P3.ties,true,0.8,0.8,0.9,x,1\nP3.outflow,true,1,20,30,x,1\nP5,false,0.1,0,0.2,x,1\n");
        assertEquals(Set.of("P1", "P3"), c.passed());
        assertEquals(java.util.Map.of("P1", 0.2, "P3", 1.0), c.ensembleShares(), "the weakest leg's share, for passed patterns only");
        assertEquals("P3", c.checkedBy("tender-churn", Outcome.SAMENSPEL_TIES, 7));
        assertEquals(null, c.checkedBy("caseload-pressure", Outcome.SAMENSPEL_TIES, 2), "P2.referral failed, so P2 did");
    }

    @Test
    void aFindingRestsOnAPatternOnlyIfThatPatternPassed() {
        CheckedPatterns fixture = CheckedPatterns.parse(ReportFixture.resource("validation.csv"));
        assertEquals(Set.of("P1", "P5"), fixture.passed());
        assertEquals("P1", fixture.checkedBy("no-coordinators", Outcome.VOLUNTEERS_ACTIVE, 2));
        assertEquals(null, fixture.checkedBy("no-coordinators", Outcome.VOLUNTEERS_ACTIVE, 10), "ten years is beyond what P1 checks");
        assertEquals(null, fixture.checkedBy("caseload-pressure", Outcome.SAMENSPEL_TIES, 2), "P2 failed");
        ReportModel m = new ReportModel(ReportFixture.comparison(), Language.NL, ReportFixture.meta(), null, fixture, Map.of());
        String text = m.findings().get(0).text().plain();
        assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("binnen twee jaar") && text.contains("gecontroleerd patroon P1"), text);
        assertFalse(new ReportModel(ReportFixture.comparison(), Language.NL, ReportFixture.meta(), null, NONE, Map.of()).findings().get(0).text().plain().contains("P1"));
    }

    @Test
    void oneRankingPerHeadlineOutcomeBestFirst() {
        ReportModel m = new ReportModel(ReportFixture.comparison(), Language.EN, ReportFixture.meta(), null, NONE, Map.of());
        List<ReportModel.Ranking> r = m.rankings();
        assertEquals(Outcome.HEADLINE.length, r.size());
        Comparison c = ReportFixture.comparison();
        for (int i = 0; i < r.size(); i++) {
            Outcome o = Outcome.HEADLINE[i];
            assertEquals(c.scenarios().size(), r.get(i).places().size());
            double prev = Double.NaN;
            for (ReportModel.Ranked p : r.get(i).places()) {
                double v = c.mean(p.colour(), o).mean();
                if (!Double.isNaN(prev)) assertTrue(OutcomeView.lessIsBetter(o) ? v >= prev : v <= prev, o + " ranked best first");
                prev = v;
            }
        }
    }

    @Test
    void summaryGainsTheEnsembleShareAtTheEnd() {
        Comparison c = ReportFixture.comparison();
        Findings f = new Findings(c, ReportFixture.ensemble());
        String[] lines = ComparisonTables.summary(c, f::share).split("\n");
        assertTrue(lines[0].endsWith(",n,ensemble_share"), lines[0]);
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (line.startsWith("baseline,")) assertEquals("", cells[cells.length - 1], "empty for the reference");
            else if (!line.startsWith("scenario,")) {
                double share = Double.parseDouble(cells[cells.length - 1]);
                assertTrue(share >= 0 && share <= 1, line);
                assertEquals(Math.round(share * 6), share * 6, 1e-4, "a share of 6 sets: " + line);
            }
        }
    }

    @Test
    void countIntervalsNeverBelowZeroAndFlowsPerYear() {
        ReportModel m = new ReportModel(ReportFixture.comparison(), Language.EN, ReportFixture.meta(), null, NONE, Map.of());
        for (ReportModel.Row row : m.summary()) {
            for (ReportModel.Cell cell : row.cells()) assertFalse(cell.interval().startsWith("(-"), row.outcome() + ": " + cell.interval());
        }
        ReportModel.Row unanswered = m.summary().get(List.of(Outcome.HEADLINE).indexOf(Outcome.NEEDS_UNANSWERED));
        assertTrue(unanswered.cells().get(0).value().endsWith("per year"), unanswered.cells().get(0).value());
    }

    @Test
    void aSmallButStatisticallyClearDifferenceIsNoSubstantialDifference() {
        Comparison c = ReportFixture.comparison();
        Relevance strict = Relevance.of(c.reference());
        Findings f = new Findings(c, null);
        Effect e = f.effect(1, Outcome.VOLUNTEERS_ACTIVE, f.horizon());
        assertEquals(Effect.Status.CLEAR, e.status(), "cutting every coordinator is a clear effect");
        Effect tiny = new Effect(e.outcome(), e.frame(), new nl.samenspel.experiment.stats.Interval(0.5, 0.2, 0.8, 4), 100, strict.absolute(e.outcome(), 100),
                Effect.Status.NEGLIGIBLE);
        assertEquals("no substantial difference", new OutcomeView(Outcome.VOLUNTEERS_ACTIVE, Language.EN).verdict(tiny, 100));
        assertEquals(5.0, strict.absolute(Outcome.VOLUNTEERS_ACTIVE, 100), 1e-9, "default: 5 % of the reference");
    }

    /** One effect, none checked, one checked and all checked each read as a sentence of their own, in both languages. */
    @Test
    void theCheckedSentenceReadsWellForOneNoneAndAll() {
        assertEquals("The effect named is an extrapolation of the model: it rests on no pattern the model reproduces from the sources.", Conclusion.checkedSentence(0, 1, Language.EN));
        assertEquals("Het genoemde effect rust op een patroon dat het model uit de bronnen nabootst.", Conclusion.checkedSentence(1, 1, Language.NL));
        assertTrue(Conclusion.checkedSentence(0, 12, Language.NL).startsWith("Geen van de twaalf genoemde effecten rust"), Conclusion.checkedSentence(0, 12, Language.NL));
        assertTrue(Conclusion.checkedSentence(12, 12, Language.EN).startsWith("All twelve effects named rest"), Conclusion.checkedSentence(12, 12, Language.EN));
        // One of many is singular, and a sentence never opens with a small letter (session 17: "één ... rusten", "three of the twelve").
        assertEquals("One of the twelve effects named rests on a pattern the model reproduces from the sources; the others are extrapolations of the model.", Conclusion.checkedSentence(1, 12, Language.EN));
        assertTrue(Conclusion.checkedSentence(1, 12, Language.NL).startsWith("Van de twaalf genoemde effecten rust er één op"), Conclusion.checkedSentence(1, 12, Language.NL));
        assertTrue(Conclusion.checkedSentence(3, 12, Language.EN).startsWith("Of the twelve effects named, three rest on"), Conclusion.checkedSentence(3, 12, Language.EN));
        for (Language lang : Language.values()) {
            for (int all = 1; all <= 12; all++) {
                for (int ok = 0; ok <= all; ok++) {
                    String s = Conclusion.checkedSentence(ok, all, lang);
                    assertTrue(Character.isUpperCase(s.charAt(0)), s);
                    assertFalse(s.contains("{") || s.contains("the others") && ok == 0 || s.contains("de andere") && ok == 0, s);
                }
            }
        }
    }
}
