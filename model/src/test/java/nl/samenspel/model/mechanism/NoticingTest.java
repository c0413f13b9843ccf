package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import nl.samenspel.model.Need;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class NoticingTest {
    private static World world(String... overrides) {
        World w = tinyWorld(overrides);
        Arrays.fill(w.residents.helpfulness, 1f);
        Arrays.fill(w.residents.shame, 0f);
        return w;
    }

    @Test
    void aNeighbourWhoNoticesAndActsAnswersTheNeed() {
        World w = world("bystander.notice_chance=1", "bystander.lone_rate=1", "bystander.diffusion=0", "bystander.social_proof=0");
        Need n = w.newNeed(0, Need.Kind.LIGHT, 5);
        new Noticing().step(w);
        assertEquals(Need.HelperKind.NEIGHBOUR, n.helperKind);
        assertTrue(w.network.connected(0, n.neighbourHelper), "the helper is a network neighbour");
    }

    @Test
    void whoNoticesAndDoesNotActStaysVisiblyPassive() {
        World w = world("bystander.notice_chance=1", "bystander.lone_rate=0");
        Need n = w.newNeed(0, Need.Kind.LIGHT, 5);
        new Noticing().step(w);
        assertTrue(n.isOpen());
        assertEquals(w.network.degree(0), n.passiveCount());
    }

    @Test
    void neighboursDoNotAnswerHeavyNeeds() {
        World w = world("bystander.notice_chance=1", "bystander.lone_rate=1", "bystander.diffusion=0");
        Need n = w.newNeed(0, Need.Kind.HEAVY, 5);
        new Noticing().step(w);
        assertTrue(n.isOpen());
    }

    @Test
    void shameHidesTheNeed() {
        World w = world("bystander.notice_chance=1", "bystander.lone_rate=1", "bystander.shame_notice_effect=1");
        Arrays.fill(w.residents.shame, 1f);
        Need n = w.newNeed(0, Need.Kind.LIGHT, 5);
        new Noticing().step(w);
        assertTrue(n.isOpen());
        assertEquals(0, n.passiveCount());
    }

    @Test
    void explicitResponsibilityLetsTheNamedNeighbourActDespiteOthers() {
        int without = answered(world("bystander.notice_chance=1", "bystander.lone_rate=1", "bystander.diffusion=50"));
        int with = answered(world("bystander.notice_chance=1", "bystander.lone_rate=1", "bystander.diffusion=50", "bystander.explicit_responsibility=true"));
        assertEquals(20, with, "the named first responder always acts when she notices");
        assertTrue(without < 10, "with strong diffusion few act: " + without);
    }

    private static int answered(World w) {
        int count = 0;
        for (int i = 0; i < 20; i++) {
            Need n = w.newNeed(i * 10, Need.Kind.LIGHT, 5);
            new Noticing().step(w);
            if (!n.isOpen()) count++;
            w.finishHelp(n);
            for (int r = 0; r < w.residents.count; r++) w.residents.setHoursGiven(r, 0);
        }
        return count;
    }
}
