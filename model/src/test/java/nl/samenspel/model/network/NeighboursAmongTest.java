package nl.samenspel.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import nl.samenspel.model.Need;
import org.junit.jupiter.api.Test;

/** The bystander step's count of passive others in view, read off her row with a one-word filter, equals asking {@link ResidentNetwork#connected} for each. */
class NeighboursAmongTest {
    @Test
    void equalsTheCountOfConnectedOthersWhateverTheFilterLetsThrough() {
        Random r = new Random(7);
        ResidentNetwork net = new ResidentNetworkGenerator(6, 0.2, 0).generate(new int[] {0, 2000}, new int[] {0}, 11);
        for (int i = 0; i < 300; i++) net.addTie(r.nextInt(2000), r.nextInt(2000)); // ties made later sit in the overflow rows
        for (int trial = 0; trial < 2000; trial++) {
            int person = r.nextInt(2000);
            Need need = new Need(person, Need.Kind.LIGHT, 0, 1);
            int passive = r.nextInt(trial % 10 == 0 ? 120 : 12); // now and then so many that the filter is all ones
            for (int k = 0; k < passive; k++) need.addPassive(r.nextBoolean() && net.degree(person) > 0 ? net.neighbour(person, r.nextInt(net.degree(person))) : r.nextInt(2000));
            int me = r.nextBoolean() && net.degree(person) > 0 ? net.neighbour(person, 0) : r.nextInt(2000);
            int expected = 0;
            for (int k = 0; k < need.passiveCount(); k++) if (need.passive(k) != me && net.connected(me, need.passive(k))) expected++;
            assertEquals(expected, net.neighboursAmong(me, need.passiveArray(), need.passiveCount(), me, need.passiveMask()), "trial " + trial);
        }
    }

    @Test
    void aPassiveResidentIsListedOnceHoweverOftenAdded() {
        Need need = new Need(0, Need.Kind.LIGHT, 0, 1);
        for (int k = 0; k < 500; k++) need.addPassive(k % 97);
        assertEquals(97, need.passiveCount());
    }
}
