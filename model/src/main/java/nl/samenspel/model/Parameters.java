package nl.samenspel.model;

/**
 * Every parameter of the care model, grouped as in {@code scenarios/baseline.yaml}.
 * The model holds no defaults: every value comes from a scenario file, so that the file and
 * its comments (unit, meaning, source or <em>assumed</em>) are the single place to read them.
 * Names are camelCase here and snake_case in the files.
 */
public record Parameters(
        Simulation simulation,
        Population population,
        Needs needs,
        Bystander bystander,
        Asking asking,
        Access access,
        Wijkteam wijkteam,
        Coordinators coordinators,
        Volunteers volunteers,
        Funding funding,
        Tender tender,
        Staff staff,
        Ties ties,
        MeetingPlaces meetingPlaces) {

    /** These parameters with the place (simulation and population) of {@code other}. */
    public Parameters withPlaceOf(Parameters other) {
        return new Parameters(other.simulation, other.population, needs, bystander, asking, access, wijkteam,
                coordinators, volunteers, funding, tender, staff, ties, meetingPlaces);
    }

    public record Simulation(
            @Range(min = 1, max = 100) int years,
            @Range(min = 0, max = 520) int warmupWeeks,
            @Range(min = -520, max = 5200) int leverStartWeek) {}

    public record Population(
            @Range(min = 10, max = 5_000_000) int residents,
            @Range(min = 1, max = 100) int districts,
            @Range(min = 1, max = 100) int wijkenPerDistrict,
            @Range(min = 2, max = 50) int meanDegree,
            @Range(min = 0, max = 1) double rewiring,
            @Range(min = 0, max = 1) double crossWijkShare,
            @Range(min = 0, max = 0.2) double needChance,
            @Range(min = 0, max = 0.5) double ageingTrend,
            @Range(min = 0, max = 1) double heavyShare,
            @Range(min = 0.5, max = 500) double lightHours,
            @Range(min = 0.5, max = 500) double heavyHours,
            @Range(min = 0.01, max = 50) double minNeedHours,
            @Range(min = 1, max = 50) int vulnerabilityShape,
            @Range(min = 0, max = 1) double helpfulnessMean,
            @Range(min = 0, max = 1) double helpfulnessSd,
            @Range(min = 0, max = 1) double shameMean,
            @Range(min = 0, max = 1) double shameSd,
            @Range(min = 0, max = 1) double trustMean,
            @Range(min = 0, max = 1) double trustSd,
            @Range(min = 0, max = 1) double lowTrustWijkShare,
            @Range(min = 0, max = 1) double lowTrustPenalty,
            @Range(min = 0, max = 80) double freeHoursMean,
            @Range(min = 1, max = 50) int freeHoursShape) {}

    public record Needs(
            @Range(min = 1, max = 520) int maxWeeksOpen,
            @Range(min = 1, max = 520) int escalationWeeks,
            @Range(min = 0, max = 1) double recurringShare,
            @Range(min = 1, max = 520) double recurringWeeks,
            @Range(min = 0.1, max = 40) double recurringHours) {}

    public record Bystander(
            @Range(min = 0, max = 1) double noticeChance,
            @Range(min = 0, max = 1) double loneRate,
            @Range(min = 0, max = 50) double diffusion,
            @Range(min = 0, max = 50) double socialProof,
            @Range(min = 0, max = 1) double shameNoticeEffect,
            @Range(min = 0, max = 1) double shameAcceptEffect,
            @Range(min = 0, max = 40) double minNeighbourHours,
            @Range(min = 0, max = 1) double accompaniedAskShare,
            boolean explicitResponsibility) {}

    public record Asking(
            @Range(min = 0, max = 1) double baseChance,
            @Range(min = 0, max = 1) double shameEffect,
            @Range(min = 0, max = 1) double distrustEffect,
            @Range(min = 0, max = 1) double lightToInitiative,
            @Range(min = 0, max = 1) double heavyToInitiative) {}

    public enum AccessMode { DESK, WALK_IN }

    public record Access(
            AccessMode mode,
            @Range(min = 0, max = 52) int deskWeeks,
            @Range(min = 0, max = 1) double deskLoss,
            @Range(min = 1, max = 10) double walkInDemand) {}

    public record Wijkteam(
            @Range(min = 0, max = 10_000) int professionals,
            @Range(min = 1, max = 100) int teamSize,
            @Range(min = 1, max = 60) double hours,
            @Range(min = 1, max = 200) int caseload,
            @Range(min = 0.1, max = 40) double hoursPerCase,
            @Range(min = 0, max = 1) double adminShare,
            @Range(min = 0, max = 40) double protectedFieldHours,
            @Range(min = 0, max = 1) double referralBase,
            boolean liaison,
            @Range(min = 0, max = 1) double liaisonTie) {}

    public enum Contract { STRUCTURAL, YEARLY }

    public record Coordinators(
            @Range(min = 0, max = 10_000) int posts,
            @Range(min = 1, max = 60) double hours,
            @Range(min = -1, max = 5200) int cutWeek,
            @Range(min = 0, max = 10) double matchHours,
            @Range(min = 0, max = 10) double leadHours,
            @Range(min = 0, max = 10) double coachHours,
            @Range(min = 0, max = 1) double coachingEffect,
            @Range(min = 0, max = 1) double coachingTieGain,
            @Range(min = 0, max = 1) double relationSpread,
            @Range(min = 1, max = 520) int supportWeeks,
            @Range(min = 0, max = 5) double recruitRate,
            @Range(min = 0, max = 1) double directTieChance) {}

    public record Volunteers(
            @Range(min = 1, max = 100) int initiativesPerWijk,
            @Range(min = 0, max = 1) double initialShare,
            @Range(min = 0, max = 1) double initialMotivationLow,
            @Range(min = 0, max = 1) double initialMotivationHigh,
            @Range(min = 1, max = 2600) int initialTenureMaxWeeks,
            @Range(min = 0, max = 1) double initialCoordinatorTie,
            @Range(min = 0, max = 1) double recruitMotivationLow,
            @Range(min = 0, max = 1) double recruitMotivationHigh,
            @Range(min = 0, max = 1) double poolShare,
            @Range(min = 0, max = 1) double competingRecruitRate,
            @Range(min = 0, max = 1) double competingLeaveRate,
            @Range(min = 0, max = 1) double selfRecruitRate,
            @Range(min = 1, max = 20) int maxLoad,
            @Range(min = 0.1, max = 40) double hoursPerMatch,
            @Range(min = 0, max = 1) double quitThreshold,
            @Range(min = 0, max = 1) double baseHazard,
            @Range(min = 0, max = 1) double weakTieHazard,
            @Range(min = 0, max = 1) double drift,
            @Range(min = 0, max = 0.99) double driftHelpfulnessReference,
            @Range(min = 0, max = 1) double successGain,
            @Range(min = 0, max = 1) double overloadLoss,
            @Range(min = 0, max = 1) double dumpingLoss,
            @Range(min = 0, max = 1) double ambiguityLoss,
            @Range(min = 0, max = 1) double ambiguityDecay,
            @Range(min = 1, max = 10) double coachedAmbiguityFactor,
            @Range(min = 0, max = 1) double keyPersonLoss,
            @Range(min = 0, max = 40) double keyPersonHours) {}

    public record Funding(
            Contract contract,
            @Range(min = 0, max = 1) double lateChance,
            @Range(min = 0, max = 52) int lateWeeks,
            @Range(min = 0, max = 40) double applicationHours,
            @Range(min = 0, max = 1) double uncertaintyLoss) {}

    public record Tender(
            @Range(min = 0, max = 50) int intervalYears,
            @Range(min = 0, max = 1) double switchChance,
            @Range(min = 0, max = 1) double volunteerQuitShare,
            @Range(min = 0, max = 1) double ambiguityRise) {}

    public record Staff(
            @Range(min = 0, max = 1) double professionalHazard,
            @Range(min = 0, max = 1) double coordinatorHazard,
            @Range(min = 1, max = 20) double yearlyContractFactor,
            @Range(min = 1, max = 20) double afterTenderFactor,
            @Range(min = 0, max = 520) int afterTenderWeeks,
            @Range(min = 0, max = 104) int vacancyWeeks,
            @Range(min = 0, max = 1) double newStaffAmbiguity) {}

    public record Ties(
            @Range(min = 0, max = 10) double contactsPerCommunityHour,
            @Range(min = 0, max = 1) double growth,
            @Range(min = 0, max = 1) double decay,
            @Range(min = 0, max = 1) double dropBelow,
            @Range(min = 0, max = 1) double coordinatorDecay) {}

    public record MeetingPlaces(
            @Range(min = 0, max = 100) int perWijk,
            boolean open,
            @Range(min = 0, max = 100) double tiesPerWeek,
            @Range(min = 0, max = 10) double leadsPerWeek,
            @Range(min = 0, max = 1) double leadConversion,
            @Range(min = 1, max = 520) int leadWeeks) {}
}
