package nl.samenspel.experiment.validation;

import java.util.ArrayList;
import java.util.List;

/** The patterns of MODEL.md section 1 that the care model checks: P1-P6 and P8 (P7 is the classroom experiment's). */
public final class Patterns {
    public static final List<Pattern> ALL = List.of(
            new CoordinatorCut(), new ParallelWorlds(), new TenderChurn(), new AccessRoute(), new YearlyFunding(), new MeetingPlaces(),
            new WhatKeepsVolunteers());

    private Patterns() {}

    /** Checks the patterns in order, handing each result to {@code each} as soon as it is known. */
    public static List<PatternResult> check(List<Pattern> patterns, PatternRun run, java.util.function.Consumer<PatternResult> each) {
        List<PatternResult> out = new ArrayList<>();
        for (Pattern p : patterns) {
            PatternResult r = p.check(run);
            each.accept(r);
            out.add(r);
        }
        return out;
    }
}
