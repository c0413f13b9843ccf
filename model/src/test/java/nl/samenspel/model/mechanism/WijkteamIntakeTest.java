package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Need;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class WijkteamIntakeTest {
    private static Need waiting(World w, int resident, Need.Kind kind) {
        Need n = w.newNeed(resident, kind, 10);
        w.reachTeam(n);
        return n;
    }

    @Test
    void professionalsTakeCasesUpToTheirCaseloadAndTheRestWait() {
        World w = tinyWorld("wijkteam.professionals=1", "wijkteam.caseload=3");
        for (int i = 0; i < 10; i++) waiting(w, i, Need.Kind.HEAVY);
        new WijkteamIntake().step(w);
        District d = w.districts.get(0);
        assertEquals(3, d.team.get(0).cases.size());
        assertEquals(7, d.teams.get(0).waitingList.size());
        assertEquals(3, w.tally().numerator(Outcome.ANSWERED_BY_PROFESSIONAL));
    }

    /**
     * Wmo 2015 art. 2.3.2 (investigation within six weeks of a melding), the calibration's
     * wijkteam_wait target: the weeks from reaching the team's waiting list to the first decision
     * on it (taken in, referred, or closed unanswered), once per case.
     */
    @Test
    void theWaitForTheTeamRunsFromReachingItToItsFirstDecisionOncePerCase() {
        World w = tinyWorld("wijkteam.professionals=1", "wijkteam.caseload=1");
        w.week = 10;
        Need first = waiting(w, 1, Need.Kind.HEAVY), second = waiting(w, 2, Need.Kind.HEAVY), third = waiting(w, 3, Need.Kind.HEAVY);
        new WijkteamIntake().step(w);
        assertEquals(Need.HelperKind.PROFESSIONAL, first.helperKind(), "taken in the week it came: a wait of 0");
        w.week = 14;
        w.closeUnanswered(third);
        w.week = 15;
        Professional p = w.districts.get(0).team.get(0);
        p.cases.remove(first);
        new WijkteamIntake().step(w);
        assertEquals(Need.HelperKind.PROFESSIONAL, second.helperKind(), "taken in after five weeks");
        assertEquals(0 + 4 + 5, w.tally().numerator(Outcome.WIJKTEAM_WAIT_WEEKS));
        assertEquals(3, w.tally().denominator(Outcome.WIJKTEAM_WAIT_WEEKS));
        p.cases.remove(second);
        w.releaseHelper(second);
        w.week = 20;
        new WijkteamIntake().step(w);
        assertEquals(3, w.tally().denominator(Outcome.WIJKTEAM_WAIT_WEEKS), "a case back on the list after its professional left is not counted twice");
    }

    @Test
    void withoutATieAProfessionalHelpsHerself() {
        World w = tinyWorld("wijkteam.referral_base=1");
        Need n = waiting(w, 1, Need.Kind.LIGHT);
        new WijkteamIntake().step(w);
        assertEquals(Need.HelperKind.PROFESSIONAL, n.helperKind());
        assertEquals(0, w.tally().numerator(Outcome.REFERRAL_SHARE_LIGHT));
        assertEquals(1, w.tally().denominator(Outcome.REFERRAL_SHARE_LIGHT));
    }

    @Test
    void aStrongTieToACoordinatorRefersLightCasesToVolunteers() {
        World w = tinyWorld("wijkteam.professionals=1", "wijkteam.referral_base=1");
        District d = w.districts.get(0);
        w.ties.contact(d.team.get(0), d.coordinators.get(0), 1.0);
        Need n = waiting(w, 1, Need.Kind.LIGHT);
        new WijkteamIntake().step(w);
        assertEquals(Need.Place.REQUESTED, n.place());
        assertTrue(n.referred && !n.dumped);
        assertTrue(d.requests.contains(n));
        assertEquals(1, w.tally().numerator(Outcome.REFERRAL_SHARE_LIGHT));
    }

    /** Issue 14 defect 6: "a professional with a tie to a coordinator or initiative may refer a light case from the waiting list even when her caseload is full". */
    @Test
    void aFullTeamStillRefersLightCasesFromTheWaitingList() {
        World w = tinyWorld("wijkteam.professionals=1", "wijkteam.caseload=1", "wijkteam.referral_base=1");
        District d = w.districts.get(0);
        Professional p = d.team.get(0);
        w.takeCase(p, w.newNeed(50, Need.Kind.HEAVY, 100)); // her caseload is full
        w.ties.contact(p, d.coordinators.get(0), 1.0);
        Need light = waiting(w, 1, Need.Kind.LIGHT);
        Need heavy = waiting(w, 2, Need.Kind.HEAVY);
        new WijkteamIntake().step(w);
        assertEquals(Need.Place.REQUESTED, light.place(), "referred although she has no room");
        assertTrue(d.requests.contains(light));
        assertEquals(Need.Place.WAITING_LIST, heavy.place(), "heavy cases wait for a professional");
        assertEquals(1, w.tally().numerator(Outcome.REFERRAL_SHARE_LIGHT));
        assertEquals(1, w.tally().denominator(Outcome.REFERRAL_SHARE_LIGHT));
    }

    /**
     * 004:270: under pressure professionals hold on to casework. A light case gets one look for
     * referral, at intake or while it waits; a full team does not look again each week, and the
     * case it did not refer is taken up as a case when there is room.
     */
    @Test
    void aLightCaseGetsOneLookForReferralWhetherTheTeamIsFullOrNot() {
        World w = tinyWorld("wijkteam.professionals=1", "wijkteam.caseload=1", "wijkteam.referral_base=1");
        District d = w.districts.get(0);
        Professional p = d.team.get(0);
        Need first = w.newNeed(50, Need.Kind.HEAVY, 100);
        w.takeCase(p, first); // her caseload is full
        Need light = waiting(w, 1, Need.Kind.LIGHT);
        new WijkteamIntake().step(w); // looked at without a tie: not referred, waits
        assertTrue(light.referralConsidered);
        assertEquals(Need.Place.WAITING_LIST, light.place());
        w.ties.contact(p, d.coordinators.get(0), 1.0); // a tie that would refer it for sure
        for (int week = 0; week < 5; week++) new WijkteamIntake().step(w);
        assertEquals(Need.Place.WAITING_LIST, light.place(), "no second look while the team is full");
        p.cases.remove(first);
        new WijkteamIntake().step(w);
        assertEquals(Need.HelperKind.PROFESSIONAL, light.helperKind(), "taken up as a case, not looked at again at intake");
        assertEquals(0, w.tally().numerator(Outcome.REFERRAL_SHARE_LIGHT));
    }

    @Test
    void aFullTeamWithoutTiesKeepsItsLightCasesWaiting() {
        World w = tinyWorld("wijkteam.professionals=1", "wijkteam.caseload=1", "wijkteam.referral_base=1");
        w.takeCase(w.districts.get(0).team.get(0), w.newNeed(50, Need.Kind.HEAVY, 100));
        Need light = waiting(w, 1, Need.Kind.LIGHT);
        new WijkteamIntake().step(w);
        assertEquals(Need.Place.WAITING_LIST, light.place());
        assertEquals(0, w.tally().numerator(Outcome.REFERRAL_SHARE_LIGHT));
        assertEquals(1, w.tally().denominator(Outcome.REFERRAL_SHARE_LIGHT), "counted when it reaches the team: a case left waiting is not referred");
    }

    @Test
    void eachWijkteamTakesItsOwnResidentsFromItsOwnWaitingList() {
        World w = tinyWorld("wijkteam.professionals=4", "wijkteam.team_size=2");
        District d = w.districts.get(0);
        assertEquals(2, d.teams.size());
        int second = d.teams.get(1).firstResident;
        assertSame(d.teams.get(1), w.teamOf(second));
        assertSame(d.teams.get(0), w.teamOf(second - 1));
        Need n = w.newNeed(second, Need.Kind.HEAVY, 10);
        n.place(Need.Place.WAITING_LIST);
        w.teamOf(second).waitingList.addLast(n);
        new WijkteamIntake().step(w);
        assertSame(d.teams.get(1), n.professional.team);
    }

    @Test
    void heavyCasesAreKeptWhateverTheTies() {
        World w = tinyWorld("wijkteam.professionals=1", "wijkteam.referral_base=1");
        District d = w.districts.get(0);
        w.ties.contact(d.team.get(0), d.coordinators.get(0), 1.0);
        Need n = waiting(w, 1, Need.Kind.HEAVY);
        new WijkteamIntake().step(w);
        assertSame(d.team.get(0), n.professional);
    }

    @Test
    void referringPastTheCoordinatorIsDumpingAndCostsMotivation() {
        World w = tinyWorld("wijkteam.professionals=1", "wijkteam.referral_base=1", "coordinators.posts=0", "volunteers.dumping_loss=0.2");
        District d = w.districts.get(0);
        Initiative ini = d.initiatives.stream().filter(i -> !i.volunteers.isEmpty()).findFirst().orElseThrow();
        for (Volunteer v : ini.volunteers) v.setMotivation(0.9);
        Professional p = d.team.get(0);
        w.ties.contact(p, ini, 1.0);
        Need n = waiting(w, 1, Need.Kind.LIGHT);
        new WijkteamIntake().step(w);
        assertTrue(n.dumped);
        assertEquals(Need.HelperKind.VOLUNTEER, n.helperKind());
        assertEquals(0.7, n.volunteer.motivation(), 1e-9);
        assertEquals(1, w.tally().numerator(Outcome.DUMPED_REFERRALS));
    }
}
