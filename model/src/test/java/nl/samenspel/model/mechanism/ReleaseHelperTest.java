package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defect 3: "a quitting volunteer's or leaving professional's open needs go back to be
 * taken up by someone else, keeping the weeks they have been open"; {@code answered_by_*} counts
 * first take-up only, and the need closes once, when it is met or times out.
 */
class ReleaseHelperTest {
    @Test
    void aQuittingVolunteersMatchGoesBackToTheRequestsKeepingItsWeeksOpen() {
        World w = tinyWorld("needs.max_weeks_open=5");
        District d = w.districts.get(0);
        Volunteer v = w.volunteers.get(0);
        Need n = w.newNeed(3, Need.Kind.LIGHT, 50);
        w.week = 2; // open for two weeks
        w.match(v, n);
        w.week = 10; // helped for eight
        w.quit(v, World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD);
        assertTrue(n.isOpen(), "open again, for someone else");
        assertEquals(Need.Place.REQUESTED, n.place());
        assertSame(n, d.requests.peekFirst(), "at the front of the requests");
        assertEquals(2, n.weeksOpen(w.week), "the weeks it was helped do not count as open");
        assertEquals(0, w.ledger.closed(), "not closed as if finished");
        assertEquals(1, w.tally().numerator(Outcome.NEEDS_RELEASED));
        Volunteer other = w.volunteers.get(1);
        w.match(other, n);
        assertEquals(1, w.ledger.answered(), "taken up again, but answered once");
        assertEquals(1, w.tally().numerator(Outcome.ANSWERED_BY_VOLUNTEER));
    }

    @Test
    void aGivenBackNeedNobodyTakesUpClosesUnansweredWhenItsOpenWeeksRunOut() {
        World w = tinyWorld("needs.max_weeks_open=5", "asking.base_chance=0", "bystander.notice_chance=0");
        Need n = w.newNeed(3, Need.Kind.LIGHT, 50);
        w.week = 3;
        w.match(w.volunteers.get(0), n);
        w.week = 20;
        w.quit(w.volunteers.get(0), World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD);
        w.week = 21;
        new Asking().step(w);
        assertTrue(n.isOpen(), "4 weeks open in all: not yet");
        w.week = 22;
        new Asking().step(w);
        assertEquals(Need.Place.CLOSED, n.place());
        assertEquals(1, w.ledger.closedUnanswered());
        assertEquals(1, w.ledger.closed());
    }

    @Test
    void aNeedGivenBackInALaterWeekIsAmongTheOpenNeedsAgain() {
        // The engine compacts at every week's end and drops a need taken up from its district's open
        // needs. Given back weeks later, it must go in again: the steps that notice a need, ask and
        // close it unanswered read only that list (before, such a need waited past max_weeks_open
        // for as long as nobody took it up: 128 weeks past it in tender-churn, seed 1).
        World w = tinyWorld("needs.max_weeks_open=5", "asking.base_chance=0", "bystander.notice_chance=0");
        District d = w.districts.get(0);
        Need n = w.newNeed(3, Need.Kind.LIGHT, 50);
        w.week = 3;
        w.match(w.volunteers.get(0), n);
        w.compact();
        assertFalse(d.openNeeds.contains(n), "taken up: dropped at the week's end");
        w.week = 20;
        w.quit(w.volunteers.get(0), World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD);
        assertEquals(1, d.openNeeds.stream().filter(x -> x == n).count(), "among the open needs again, once");
        w.week = 22;
        new Asking().step(w);
        assertEquals(Need.Place.CLOSED, n.place(), "5 weeks open in all: closed unanswered");
        assertEquals(1, w.ledger.closedUnanswered());

        // Given back in the week it was taken up, before compaction: still listed, not twice.
        Need m = w.newNeed(4, Need.Kind.LIGHT, 50);
        w.match(w.volunteers.get(1), m);
        w.quit(w.volunteers.get(1), World.QuitReason.OTHER, nl.samenspel.model.QuitCause.BASE_HAZARD);
        assertEquals(1, d.openNeeds.stream().filter(x -> x == m).count(), "listed once");
        w.compact();
        assertEquals(1, d.openNeeds.stream().filter(x -> x == m).count(), "open, so kept by compaction");
    }

    @Test
    void aLeavingProfessionalsCasesGoBackToHerTeamsWaitingListOpen() {
        World w = tinyWorld();
        District d = w.districts.get(0);
        Professional p = d.team.get(0);
        Need n = w.newNeed(3, Need.Kind.HEAVY, 50);
        w.takeCase(p, n);
        w.replace(p, 4);
        assertTrue(n.isOpen());
        assertSame(n, d.teams.get(0).waitingList.peekFirst());
        assertNull(n.professional);
        new WijkteamIntake().step(w);
        assertEquals(Need.HelperKind.PROFESSIONAL, n.helperKind(), "a colleague takes it up");
        assertEquals(1, w.tally().numerator(Outcome.ANSWERED_BY_PROFESSIONAL), "answered once");
    }

    @Test
    void aNeedClosesOnlyOnce() {
        World w = tinyWorld();
        Need n = w.newNeed(3, Need.Kind.LIGHT, 1);
        w.match(w.volunteers.get(0), n);
        w.finishHelp(n);
        assertThrows(IllegalStateException.class, () -> w.finishHelp(n));
        assertEquals(1, w.ledger.closedHelped());
    }

    @Test
    void anEscalatedNeedClosesAsEscalatedLate() {
        World w = tinyWorld("needs.escalation_weeks=1", "volunteers.hours_per_match=1");
        Volunteer v = w.volunteers.get(0);
        Need n = w.newNeed(3, Need.Kind.HEAVY, 3);
        w.match(v, n);
        new Helping().step(w);
        new Helping().step(w);
        assertTrue(n.escalated);
        w.takeCase(w.districts.get(0).team.get(0), n);
        for (int i = 0; i < 5 && n.place() != Need.Place.CLOSED; i++) new Helping().step(w);
        assertEquals(1, w.ledger.closedEscalated());
        assertEquals(0, w.ledger.closedHelped());
    }
}
