package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import nl.samenspel.model.District;
import nl.samenspel.model.Need;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class AskingTest {
    /** Everyone asks the wijkteam at once: no shame, full trust, no informal route. */
    private static World eager(String... more) {
        String[] base = {"population.residents=2000", "asking.base_chance=1", "asking.light_to_initiative=0", "asking.heavy_to_initiative=0", "access.desk_weeks=0"};
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        World w = tinyWorld(all);
        Arrays.fill(w.residents.shame, 0f);
        Arrays.fill(w.residents.trust, 1f);
        for (int i = 0; i < w.residents.count; i++) w.newNeed(i, Need.Kind.HEAVY, 10);
        return w;
    }

    @Test
    void theDeskLosesAShareOfAskersOnTheWay() {
        World w = eager("access.desk_loss=0.5");
        new Asking().step(w); // all go to the desk
        new Asking().step(w); // and leave it
        long gaveUp = w.openNeeds().stream().filter(n -> n.gaveUpOnFormal).count();
        District d = w.districts.get(0);
        assertEquals(2000, gaveUp + d.teams.get(0).waitingList.size());
        assertEquals(0.5, gaveUp / 2000.0, 0.05, "half give up at the desk");
    }

    @Test
    void walkInLosesNobodyButFillsTheWaitingList() {
        World w = eager("access.mode=walk_in", "access.desk_loss=0.5");
        new Asking().step(w);
        assertEquals(2000, w.districts.get(0).teams.get(0).waitingList.size());
        assertTrue(w.openNeeds().stream().noneMatch(n -> n.gaveUpOnFormal));
    }

    @Test
    void whoGaveUpAtTheDeskAsksTheWijkteamNoMore() {
        World w = eager("access.desk_loss=1");
        new Asking().step(w);
        new Asking().step(w);
        new Asking().step(w);
        assertTrue(w.openNeeds().stream().allMatch(n -> n.place() == Need.Place.HOME && n.gaveUpOnFormal));
    }

    /** Issue 14 defect 2: giving up at the desk (000:242-248) closes the formal route only; MODEL.md step 4 keeps the volunteer route. */
    @Test
    void whoGaveUpAtTheDeskStillAsksAVolunteerInitiative() {
        World informal = eager("access.desk_loss=1", "asking.heavy_to_initiative=0.5");
        for (Need n : informal.openNeeds()) n.gaveUpOnFormal = true;
        for (int week = 0; week < 20; week++) new Asking().step(informal); // each week half choose the initiative
        assertTrue(informal.openNeeds().stream().allMatch(n -> n.place() == Need.Place.REQUESTED), "the volunteer route stays open");
    }

    @Test
    void shameLowersAsking() {
        World w = eager("asking.shame_effect=1");
        Arrays.fill(w.residents.shame, 1f);
        new Asking().step(w);
        assertTrue(w.openNeeds().stream().allMatch(n -> n.place() == Need.Place.HOME));
    }

    @Test
    void distrustLowersAskingForFormalHelpOnly() {
        World formal = eager("asking.distrust_effect=1");
        Arrays.fill(formal.residents.trust, 0f);
        new Asking().step(formal);
        assertTrue(formal.openNeeds().stream().allMatch(n -> n.place() == Need.Place.HOME));
        World informal = eager("asking.distrust_effect=1", "asking.heavy_to_initiative=1");
        Arrays.fill(informal.residents.trust, 0f);
        new Asking().step(informal);
        assertTrue(informal.openNeeds().stream().allMatch(n -> n.place() == Need.Place.REQUESTED));
    }

    @Test
    void aNeedNobodyTakesUpClosesUnanswered() {
        World w = tinyWorld("needs.max_weeks_open=3", "asking.base_chance=0");
        Need n = w.newNeed(5, Need.Kind.LIGHT, 4);
        w.week = 2;
        new Asking().step(w);
        assertTrue(n.isOpen());
        w.week = 3;
        new Asking().step(w);
        assertEquals(Need.Place.CLOSED, n.place());
        assertEquals(1, w.ledger.closedUnanswered());
        assertEquals(0, w.residents.hasNeed[5]);
    }

    /** MODEL.md step 5: "Professionals take cases up to their caseload; the rest wait." The team has them: no timeout. */
    @Test
    void aNeedOnTheWaitingListWaitsPastItsOpenWeeks() {
        World w = tinyWorld("needs.max_weeks_open=3", "asking.base_chance=0");
        Need waiting = w.newNeed(5, Need.Kind.HEAVY, 4);
        Need home = w.newNeed(6, Need.Kind.HEAVY, 4);
        w.reachTeam(waiting);
        w.week = 10;
        new Asking().step(w);
        assertTrue(waiting.isOpen(), "still waiting for intake");
        assertEquals(Need.Place.WAITING_LIST, waiting.place());
        assertEquals(Need.Place.CLOSED, home.place(), "a need at home still closes unanswered");
        assertEquals(1, w.ledger.closedUnanswered());
    }
}
