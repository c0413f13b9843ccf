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
        assertEquals(Need.HelperKind.NEIGHBOUR, n.helperKind());
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

    /**
     * MODEL.md step 3 (social proof, 001:591-592): "others' visible inaction". Issue 14 defect 1:
     * the distinct other people who noticed and did not act, over the weeks the need is open, whom
     * she can see (her own network neighbours); bounded by her degree; never herself.
     */
    @Test
    void socialProofCountsDistinctVisiblePassiveOthersNeverHerself() {
        World w = world("bystander.notice_chance=1", "bystander.lone_rate=0");
        Need n = w.newNeed(0, Need.Kind.LIGHT, 5);
        for (int week = 0; week < 5; week++) new Noticing().step(w);
        assertEquals(w.network.degree(0), n.passiveCount(), "each passive neighbour counts once, however many weeks");
        for (int k = 0; k < w.network.degree(0); k++) {
            int j = w.network.neighbour(0, k);
            int seen = Noticing.visiblyPassive(w.network, n, j);
            int expected = 0;
            for (int i = 0; i < n.passiveCount(); i++) if (n.passive(i) != j && w.network.connected(j, n.passive(i))) expected++;
            assertEquals(expected, seen, "only her own network neighbours among the passive");
            assertTrue(seen <= w.network.degree(j), "bounded by her degree");
            assertTrue(seen < n.passiveCount(), "never herself");
        }
    }

    @Test
    void aPassiveNoticerWhomSheCannotSeeDoesNotCount() {
        World w = world();
        Need n = w.newNeed(0, Need.Kind.LIGHT, 5);
        int me = w.network.neighbour(0, 0);
        int stranger = -1;
        for (int r = 1; r < w.residents.count && stranger < 0; r++) if (r != me && !w.network.connected(me, r)) stranger = r;
        n.addPassive(stranger);
        n.addPassive(stranger);
        n.addPassive(me);
        assertEquals(2, n.passiveCount());
        assertEquals(0, Noticing.visiblyPassive(w.network, n, me));
    }

    /** Issue 14 defect 5 (MODEL.md step 3 "any open need"): a neighbour who acts on a heavy need helps her ask the wijkteam; never answers it. */
    @Test
    void aNeighbourWhoActsOnAHeavyNeedHelpsHerAskTheWijkteamAndNeverAnswersIt() {
        World w = world("bystander.notice_chance=1", "bystander.lone_rate=1", "bystander.diffusion=0", "bystander.social_proof=0",
                "access.mode=walk_in", "bystander.accompanied_ask_share=0");
        Need n = w.newNeed(0, Need.Kind.HEAVY, 5);
        new Noticing().step(w);
        assertTrue(n.isOpen(), "nobody but a professional answers a heavy need");
        assertEquals(Need.HelperKind.NONE, n.helperKind());
        assertEquals(Need.Place.WAITING_LIST, n.place(), "brought to the wijkteam");
        assertEquals(1, w.tally().numerator(nl.samenspel.metrics.Outcome.NEIGHBOUR_ASKS));
    }

    @Test
    void shameAndDistrustHoldBackLessWithANeighbourThanAlone() {
        int alone = 0, accompanied = 0;
        for (int i = 0; i < 400; i++) {
            World w = world("asking.shame_effect=1", "asking.distrust_effect=1", "bystander.accompanied_ask_share=0.5");
            Arrays.fill(w.residents.shame, 0.6f);
            Arrays.fill(w.residents.trust, 0.4f);
            w.districts.get(0).random().setSeed(i);
            Need n = w.newNeed(0, Need.Kind.HEAVY, 5);
            if (Asking.askedWithNeighbour(w, n)) accompanied++;
            double own = (1 - 0.6) * (1 - 0.6); // (1 - shame) (1 - distrust) at base chance 1
            if (w.districts.get(0).random().nextDouble() < own) alone++;
        }
        assertEquals(0.7 * 0.7, accompanied / 400.0, 0.06, "each effect halved");
        assertTrue(accompanied > alone, accompanied + " vs " + alone);
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

    /** MODEL.md section 6, bystander: "per person, chance to act by number of others who noticed". */
    @Test
    void eachDecisionCountsUnderTheNumberOfOthersWhoNoticed() {
        World w = world("bystander.notice_chance=1", "bystander.lone_rate=0");
        Need n = w.newNeed(0, Need.Kind.LIGHT, 5);
        new Noticing().step(w);
        int others = w.network.degree(0) - 1;
        nl.samenspel.metrics.Outcome bucket = nl.samenspel.metrics.Outcome.bystanderByOthers(others);
        assertEquals(others + 1, w.tally().denominator(bucket), "every noticer counted under " + bucket.column);
        assertEquals(nl.samenspel.metrics.Outcome.BYSTANDER_ACT_SHARE_OTHERS_0, nl.samenspel.metrics.Outcome.bystanderByOthers(0));
        assertEquals(nl.samenspel.metrics.Outcome.BYSTANDER_ACT_SHARE_OTHERS_1, nl.samenspel.metrics.Outcome.bystanderByOthers(1));
        assertEquals(nl.samenspel.metrics.Outcome.BYSTANDER_ACT_SHARE_OTHERS_2_4, nl.samenspel.metrics.Outcome.bystanderByOthers(4));
        assertEquals(nl.samenspel.metrics.Outcome.BYSTANDER_ACT_SHARE_OTHERS_5_PLUS, nl.samenspel.metrics.Outcome.bystanderByOthers(5));
        assertTrue(n.isOpen());
    }
}
