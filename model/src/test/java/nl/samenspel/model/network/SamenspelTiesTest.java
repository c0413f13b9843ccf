package nl.samenspel.model.network;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.Professional;
import org.junit.jupiter.api.Test;

class SamenspelTiesTest {
    private final SamenspelTies ties = new SamenspelTies();
    private final Professional pro = new Professional(0, null, null, 0, 0, false);

    private List<Coordinator> coordinators(int n) {
        ties.addActor(pro);
        List<Coordinator> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Coordinator c = new Coordinator(1 + i, null, null, 0, 0);
            ties.addActor(c);
            out.add(c);
        }
        return out;
    }

    @Test
    void contactGrowsTheGapAndTheGraphWeightIsTheStrength() {
        Coordinator c = coordinators(1).get(0);
        ties.contact(pro, c, 0.3);
        ties.contact(pro, c, 0.3);
        assertEquals(0.3 + 0.3 * 0.7, ties.strength(pro, c), 1e-12);
        SamenspelTie t = ties.graph().getEdge(pro, c);
        assertEquals(ties.strength(pro, c), ties.graph().getEdgeWeight(t));
        assertEquals(TieType.PROFESSIONAL_COORDINATOR, t.type());
        assertSame(t, ties.strongest(pro, TieType.PROFESSIONAL_COORDINATOR));
    }

    @Test
    void decayDropsWeakTiesFromTheGraphAndTheCounts() {
        List<Coordinator> cs = coordinators(3);
        ties.contact(pro, cs.get(0), 0.06);
        ties.contact(pro, cs.get(1), 0.5);
        ties.contact(pro, cs.get(2), 0.9);
        ties.decay(0.2, 0.05); // the week of contact: no decay
        assertEquals(3, ties.count());
        ties.decay(0.2, 0.05);
        assertEquals(2, ties.count());
        assertEquals(2, ties.graph().edgeSet().size());
        assertEquals(0, ties.strength(pro, cs.get(0)));
        assertEquals(0.4 + 0.72, ties.totalStrength(), 1e-12);
    }

    @Test
    void aLeaversTiesGoAndTheRestKeepTheirStrengthAfterHolesAreClosed() {
        List<Coordinator> cs = coordinators(40);
        for (int i = 0; i < cs.size(); i++) ties.contact(pro, cs.get(i), 0.01 * (i + 1));
        for (int i = 0; i < 30; i++) ties.remove(cs.get(i)); // more holes than ties: the next decay closes them
        ties.decay(0.5, 0.0); // the week of contact: no decay, but the holes close
        ties.decay(0.5, 0.0);
        assertEquals(10, ties.count());
        double expected = 0;
        for (int i = 30; i < 40; i++) {
            assertEquals(0.01 * (i + 1) * 0.5, ties.strength(pro, cs.get(i)), 1e-12);
            expected += 0.01 * (i + 1) * 0.5;
        }
        assertEquals(expected, ties.totalStrength(), 1e-12);
        ties.contact(pro, cs.get(39), 0.5);
        assertEquals(0.2 + 0.5 * 0.8, ties.strength(pro, cs.get(39)), 1e-12);
    }

    /** MODEL.md step 9: "Tie strength decays each week without contact and grows with contact." */
    @Test
    void onlyTiesWithoutContactThisWeekDecay() {
        List<Coordinator> cs = coordinators(2);
        ties.contact(pro, cs.get(0), 0.5);
        ties.contact(pro, cs.get(1), 0.5);
        ties.decay(0.1, 0.0);
        ties.contact(pro, cs.get(0), 0.0); // a contact that adds nothing still keeps the tie from fading
        ties.decay(0.1, 0.0);
        assertEquals(0.5, ties.strength(pro, cs.get(0)), 1e-12);
        assertEquals(0.45, ties.strength(pro, cs.get(1)), 1e-12);
        ties.decay(0.1, 0.0);
        assertEquals(0.45, ties.strength(pro, cs.get(0)), 1e-12, "contact counts for its own week only");
    }
}
