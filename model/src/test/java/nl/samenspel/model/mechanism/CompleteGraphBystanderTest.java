package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nl.samenspel.classroom.BystanderExperiment;
import nl.samenspel.classroom.BystanderFitFile;
import nl.samenspel.classroom.BystanderPrediction;
import nl.samenspel.classroom.BystanderRow;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Need;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

/**
 * One BystanderStep serves the classroom and the care model (issue 11): in the care model, on a
 * complete graph (every resident is every other's neighbour, so all see each other), one week of
 * Noticing gives the shares of one second of the classroom in view, with the same lone rate, the
 * fitted diffusion and social proof, and everyone alike. The need's noticers are set up as having
 * noticed it the week before without acting, so each sees the others as passive (Noticing's own
 * count of visibly passive neighbours, never herself), as in the classroom's room at its first second.
 */
class CompleteGraphBystanderTest {
    private static final int REPLICATIONS = 4000;

    @Test
    void oneWeekOnACompleteGraphGivesTheClassroomsInViewShares() {
        BystanderSetup fit = BystanderFitFile.load().design();
        for (int others : new int[] {0, 1, 4}) {
            World w = tinyWorld("bystander.notice_chance=1", "bystander.shame_notice_effect=0", "bystander.shame_accept_effect=0",
                    "bystander.diffusion=" + fit.diffusion(), "bystander.social_proof=" + fit.socialProof());
            double lone = w.p.bystander().loneRate();
            int[] clique = completeGraph(w, others + 2); // resident 0 in need, others + 1 who notice
            long anyActed = 0;
            double acted = 0, decided = 0;
            for (int r = 0; r < REPLICATIONS; r++) {
                w.districts.get(0).random().setSeed(1000L * others + r);
                Need need = w.newNeed(0, Need.Kind.LIGHT, 5);
                seenNotActingLastWeek(need, clique);
                double before = w.tally().numerator(Outcome.BYSTANDER_ACT_SHARE), beforeN = w.tally().denominator(Outcome.BYSTANDER_ACT_SHARE);
                new Noticing().step(w);
                acted += w.tally().numerator(Outcome.BYSTANDER_ACT_SHARE) - before;
                decided += w.tally().denominator(Outcome.BYSTANDER_ACT_SHARE) - beforeN;
                if (need.helperKind() == Need.HelperKind.NEIGHBOUR) anyActed++;
                reset(w, need, clique);
            }
            assertEquals((double) REPLICATIONS * (others + 1), decided, 0, "every one of the " + (others + 1) + " neighbours noticed, every time");
            BystanderSetup room = fit.withOthers(others, 0).withInView(true).withRates(lone, fit.diffusion(), 0).withTimes(1, 1);
            BystanderRow classroom = BystanderExperiment.run(room, REPLICATIONS, 77);
            double careEach = acted / decided, careAny = anyActed / (double) REPLICATIONS;
            double exactAny = BystanderPrediction.of(room).groupAnyActed();
            double tol = 4 * Math.sqrt(exactAny * (1 - exactAny) / REPLICATIONS) + 0.002;
            assertEquals(exactAny, careAny, tol, others + " others: share of needs where anyone acted, care model vs classroom in view");
            assertEquals(classroom.groupAnyActed(), careAny, 2 * tol, others + " others: care model vs the classroom's own simulation");
            assertEquals(classroom.shareActed(), careEach, 2 * tol, others + " others: each person's share, care model vs classroom in view");
        }
    }

    @Test
    void inViewTheyActLessThanWhenNobodyHadBeenSeenNotActing() {
        BystanderSetup fit = BystanderFitFile.load().design();
        BystanderSetup seen = fit.withOthers(4, 0).withInView(true).withRates(0.4, fit.diffusion(), 0).withTimes(1, 1);
        assertTrue(BystanderPrediction.of(seen).groupAnyActed() < BystanderPrediction.of(seen.withInView(false)).groupAnyActed());
    }

    /** Residents 0..size-1 all tied to each other; resident 0's other neighbours are kept busy, so only the clique notices. */
    private static int[] completeGraph(World w, int size) {
        for (int a = 0; a < size; a++) for (int b = a + 1; b < size; b++) w.network.addTie(a, b);
        for (int k = 0; k < w.network.degree(0); k++) {
            int j = w.network.neighbour(0, k);
            if (j >= size) w.residents.busy[j] = 1;
        }
        Arrays.fill(w.residents.helpfulness, 1f);
        Arrays.fill(w.residents.shame, 0f);
        int[] clique = new int[size - 1];
        for (int i = 1; i < size; i++) clique[i - 1] = i;
        return clique;
    }

    /**
     * Each noticer noticed last week and did not act. Noticing then counts, for each, the other
     * passive noticers who are her neighbours, never herself: on a complete graph, all the others.
     */
    private static void seenNotActingLastWeek(Need need, int[] noticers) {
        for (int j : noticers) need.addPassive(j);
    }

    private static void reset(World w, Need need, int[] clique) {
        for (nl.samenspel.model.District d : w.districts) d.openNeeds.clear();
        w.residents.holdsNeed(0, false);
        for (int j : clique) w.residents.setHoursGiven(j, 0);
        for (nl.samenspel.model.District d : w.districts) d.neighbourHelp.clear();
    }
}
