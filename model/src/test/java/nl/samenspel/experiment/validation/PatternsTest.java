package nl.samenspel.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each pattern of MODEL.md section 1 passes with fixed seeds, and fails when the mechanism behind
 * it is switched off through parameters, so that a pass is the mechanism's doing and not an
 * accident of the test.
 */
class PatternsTest {
    static final int R = 20;
    static final long SEED = 20240601L;

    static PatternRun run(String... overrides) {
        return new PatternRun(R, SEED, 2, List.of(overrides));
    }

    static void assertPasses(Pattern p) {
        PatternResult r = p.check(run());
        assertTrue(r.pass(), p.id() + " should pass: " + r.modelResult());
    }

    static void assertFailsWith(Pattern p, String... off) {
        PatternResult r = p.check(run(off));
        assertFalse(r.pass(), p.id() + " should fail with " + String.join(" ", off) + ": " + r.modelResult());
    }

    @Test
    void p1CuttingCoordinatorsHalvesTheVolunteerBase() {
        assertPasses(new CoordinatorCut());
    }

    @Test
    void p1VanishesWhenCoordinatorsNeitherCoachNorRecruit() {
        assertFailsWith(new CoordinatorCut(), "coordinators.coaching_effect=0", "volunteers.drift=0",
                "coordinators.recruit_rate=0", "meeting_places.leads_per_week=0");
    }

    @Test
    void p2CaseloadPressureMakesParallelWorlds() {
        assertPasses(new ParallelWorlds());
    }

    @Test
    void p2VanishesWhenCommunityHoursBuildNoTies() {
        assertFailsWith(new ParallelWorlds(), "ties.contacts_per_community_hour=0");
    }

    @Test
    void p3ProviderSwitchesBreakTiesAndDriveVolunteersOut() {
        assertPasses(new TenderChurn());
    }

    @Test
    void p3VanishesWhenTheProviderNeverChanges() {
        assertFailsWith(new TenderChurn(), "tender.switch_chance=0");
    }

    @Test
    void p4DeskLosesPeopleWalkInBuildsWaitingLists() {
        assertPasses(new AccessRoute());
    }

    @Test
    void p4VanishesWithoutDeskLossAndExtraWalkInDemand() {
        assertFailsWith(new AccessRoute(), "access.desk_loss=0", "access.walk_in_demand=1");
    }

    @Test
    void p5YearlyFundingLowersRetention() {
        assertPasses(new YearlyFunding());
    }

    @Test
    void p5VanishesWithoutLateDecisionsOverheadOrTurnover() {
        assertFailsWith(new YearlyFunding(), "funding.late_chance=0", "funding.application_hours=0",
                "staff.yearly_contract_factor=1", "funding.uncertainty_loss=0");
    }

    @Test
    void p6ClosingMeetingPlacesLowersTiesAndNewVolunteers() {
        assertPasses(new MeetingPlaces());
    }

    @Test
    void p6VanishesWhenMeetingPlacesMakeNoTiesOrLeads() {
        assertFailsWith(new MeetingPlaces(), "meeting_places.ties_per_week=0", "meeting_places.leads_per_week=0");
    }
}
