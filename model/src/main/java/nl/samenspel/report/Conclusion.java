package nl.samenspel.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The three to five sentences an adviser can paste into a council memo, made from the results:
 * how many scenarios change a headline outcome substantially, which does worst and how, which
 * improves anything, which make no substantial difference, and how far the findings can be trusted.
 * A scenario is named as the clearest improvement only if what it improves outweighs what it
 * worsens, over all its clear effects: a waiting list three needs shorter is no improvement beside
 * hundreds left unanswered.
 */
final class Conclusion {
    private Conclusion() {}

    static List<Rich> of(ScenarioNames names, Findings findings, Language lang, int scenarios, CheckedPatterns checked, List<String> scenarioNames) {
        List<List<Findings.Finding>> tops = new ArrayList<>();
        for (int k = 1; k < scenarios; k++) tops.add(findings.top(k));
        List<Rich> out = new ArrayList<>();
        String ref = names.title(0);
        int changing = (int) tops.stream().filter(t -> !t.isEmpty()).count();
        out.add(Rich.text(countSentence(changing, scenarios - 1, ref, lang)));

        int worst = -1;
        double worstSize = 0;
        double[] good = new double[scenarios], bad = new double[scenarios];
        for (int k = 1; k < scenarios; k++) {
            // Over every clear effect, not only the three shown: a scenario whose shown effects are
            // a longer list's best and worst would otherwise be weighed on half of what it does
            // (no coordinators: more unanswered needs, more referrals and a shorter list shown,
            // the volunteers it loses not).
            for (Effect e : findings.clear(k)) {
                if (e.better()) good[k] += e.weight();
                else bad[k] += e.weight();
            }
            if (bad[k] > worstSize) {
                worstSize = bad[k];
                worst = k;
            }
        }
        int best = best(good, bad);
        boolean anyGood = java.util.Arrays.stream(good).anyMatch(g -> g > 0);
        if (worst > 0) {
            List<String> effects = new ArrayList<>();
            for (Findings.Finding f : tops.get(worst - 1)) if (!f.effect().better() && effects.size() < 2) effects.add(phrase(f, findings, lang));
            out.add(Rich.text(lang.text("conclusion.worst", names.title(worst), String.join(" " + lang.text("and") + " ", effects))));
        }
        if (best > 0 && best != worst) {
            Findings.Finding f = tops.get(best - 1).stream().filter(x -> x.effect().better())
                    .max(Comparator.comparingDouble(x -> x.effect().weight())).orElseThrow();
            out.add(Rich.text(fragile(f)
                    ? lang.text("conclusion.best.fragile", names.title(best), phrase(f, findings, lang), String.valueOf(f.holdsIn()), String.valueOf(f.sets()))
                    : lang.text("conclusion.best", names.title(best), phrase(f, findings, lang))));
        } else if (best < 0) {
            out.add(Rich.text(lang.text(anyGood ? "conclusion.none_better_on_balance" : "conclusion.none_better", ref)));
        }
        List<String> quiet = new ArrayList<>();
        for (int k = 1; k < scenarios; k++) if (tops.get(k - 1).isEmpty()) quiet.add(names.title(k));
        if (!quiet.isEmpty()) out.add(Rich.text(lang.text(quiet.size() == 1 ? "conclusion.quiet.one" : "conclusion.quiet.many", join(quiet, lang), ref)));
        out.add(Rich.text(ReportModel.capitalise(trust(tops, lang, checked, scenarioNames))));
        return out.size() > 5 ? out.subList(0, 5) : out;
    }

    /**
     * An improvement that holds in fewer than half of the plausible parameter sets: the conclusion
     * says so where it names it, not only in the scenario's line further down (session 17: yearly
     * funding's "clearest improvement" held in none of 50).
     */
    static boolean fragile(Findings.Finding f) {
        return f.robustnessKnown() && 2 * f.holdsIn() < f.sets();
    }

    /**
     * The scenario (1..) that improves most among those whose improvements outweigh what they
     * worsen (summed effect weights), or -1 if none does.
     */
    static int best(double[] good, double[] bad) {
        int best = -1;
        for (int k = 1; k < good.length; k++) if (good[k] > bad[k] && (best < 0 || good[k] > good[best])) best = k;
        return best;
    }

    /** "120 minder actieve vrijwilligers na tien jaar". */
    static String phrase(Findings.Finding f, Findings findings, Language lang) {
        Effect e = f.effect();
        OutcomeView v = new OutcomeView(e.outcome(), lang);
        return v.shortVerdict(e, findings.total(e.outcome(), e.frame())) + " " + e.frame().phrase(lang);
    }

    /** How many of the {@code studied} scenarios change a headline outcome: one of one, all of several and one of several each read as a sentence of their own. */
    static String countSentence(int changing, int studied, String ref, Language lang) {
        String key = studied == 1 ? (changing == 1 ? "conclusion.single.changes" : "conclusion.single.unchanged")
                : changing == studied ? "conclusion.count.all"
                : changing == 1 ? "conclusion.count.one" : "conclusion.count";
        return lang.text(key, lang.count(changing), lang.count(studied), ref);
    }

    /** How many of the effects named rest on a checked pattern; "0 of the 1 effects" or "none of the 12 ...; the others" read badly, so one, none and all have their own sentence. */
    static String checkedSentence(int ok, int all, Language lang) {
        if (all == 1) return lang.text(ok == 1 ? "conclusion.checked.one" : "conclusion.unchecked.one");
        if (ok == 0) return lang.text("conclusion.checked.none", lang.count(all));
        if (ok == all) return lang.text("conclusion.checked.all", lang.count(all));
        return lang.text(ok == 1 ? "conclusion.checked.single" : "conclusion.checked", lang.count(ok), lang.count(all));
    }

    private static String trust(List<List<Findings.Finding>> tops, Language lang, CheckedPatterns checked, List<String> scenarioNames) {
        int all = 0;
        int ok = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        int sets = 0;
        for (int k = 0; k < tops.size(); k++) {
            for (Findings.Finding f : tops.get(k)) {
                all++;
                if (checked.checkedBy(scenarioNames.get(k + 1), f.effect().outcome(), f.effect().frame().years()) != null) ok++;
                if (f.robustnessKnown()) {
                    min = Math.min(min, f.holdsIn());
                    max = Math.max(max, f.holdsIn());
                    sets = f.sets();
                }
            }
        }
        String checkedText = checkedSentence(ok, all, lang);
        if (all == 0) return lang.text("conclusion.nothing");
        if (sets == 0) return checkedText + " " + lang.text("conclusion.no_ensemble");
        String range = min == max ? lang.count(min) : lang.count(min) + " " + lang.text("to") + " " + lang.count(max);
        return checkedText + " " + lang.text(all == 1 ? "conclusion.robust.one" : "conclusion.robust", range, lang.count(sets));
    }

    static String join(List<String> items, Language lang) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + lang.text("and") + " " + items.get(items.size() - 1);
    }
}
