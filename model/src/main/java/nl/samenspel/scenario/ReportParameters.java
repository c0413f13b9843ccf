package nl.samenspel.scenario;

import nl.samenspel.model.Range;

/**
 * Parameters that a scenario file sets like any other but that the simulation never reads: the
 * costs and the practical-relevance thresholds of the report. They sit in the same schema so that
 * a scenario file and {@code --set} check them as strictly as the model's own keys.
 */
public record ReportParameters(Costs costs, Relevance relevance) {
    /** What staff cost: used for FTE and money per year, never by the simulation. */
    public record Costs(
            @Range(min = 1, max = 60) double hoursPerFte,
            @Range(min = 0, max = 1000) double professionalHourlyEur,
            @Range(min = 0, max = 1000) double coordinatorHourlyEur) {}

    /**
     * The smallest difference from the reference that matters in practice, per headline outcome:
     * counts as a share of the reference mean, shares in share points (0.02 = 2 percentage points).
     */
    public record Relevance(
            @Range(min = 0, max = 1) double volunteersActive,
            @Range(min = 0, max = 1) double volunteerRetention_12m,
            @Range(min = 0, max = 1) double reach_4w,
            @Range(min = 0, max = 1) double needsUnanswered,
            @Range(min = 0, max = 1) double waitingList,
            @Range(min = 0, max = 1) double samenspelTies,
            @Range(min = 0, max = 1) double referralShareLight) {}
}
