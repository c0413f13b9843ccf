package nl.samenspel.model.network;

import java.util.Arrays;
import nl.samenspel.model.Actor;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The formal-informal ties of MODEL.md section 2: professionals with coordinators, initiatives'
 * key figures and volunteers. Strength grows with contact and decays without it; a leaver's
 * ties are lost (000:254, 000:275).
 * <p>
 * Data layout: the jgrapht graph answers who is tied to whom. Every week every tie decays and
 * all strengths are summed, and a city has hundreds of thousands of ties, so the strengths live
 * in one array in the order the ties were made (the graph's own edge order, so sums come out bit
 * for bit as when they were read from the graph); the graph's edge weight reads that array.
 * Ties that are gone leave a hole, closed up once holes are half the array.
 */
public final class SamenspelTies {
    private final Graph<Actor, SamenspelTie> graph = new SimpleWeightedGraph<>(null, null) {
        private static final long serialVersionUID = 1L;

        @Override
        public double getEdgeWeight(SamenspelTie t) {
            return strength[t.slot];
        }

        @Override
        public void setEdgeWeight(SamenspelTie t, double w) {
            strength[t.slot] = w;
        }
    };
    /** Ties in the order they were made; null where a tie is gone. */
    private SamenspelTie[] tie = new SamenspelTie[64];
    private double[] strength = new double[64];
    /** Whether each tie had contact this week (it then does not decay, MODEL.md step 9). */
    private boolean[] contacted = new boolean[64];
    private int slots;
    private int holes;

    public Graph<Actor, SamenspelTie> graph() {
        return graph;
    }

    public void addActor(Actor a) {
        graph.addVertex(a);
    }

    /** Removes an actor and all her ties. */
    public void remove(Actor a) {
        if (!graph.containsVertex(a)) return;
        for (SamenspelTie t : graph.edgesOf(a)) free(t);
        graph.removeVertex(a);
    }

    /** Strengthens the tie between a professional and an informal actor by {@code growth} of what is left to 1. */
    public void contact(Professional p, Actor other, double growth) {
        SamenspelTie t = graph.getEdge(p, other);
        if (t == null) {
            t = new SamenspelTie(typeOf(other));
            add(t, growth);
            graph.addEdge(p, other, t);
        } else {
            double w = strength[t.slot];
            strength[t.slot] = w + growth * (1 - w);
        }
        contacted[t.slot] = true;
    }

    private static TieType typeOf(Actor other) {
        if (other instanceof Coordinator) return TieType.PROFESSIONAL_COORDINATOR;
        if (other instanceof Initiative) return TieType.PROFESSIONAL_INITIATIVE;
        if (other instanceof Volunteer) return TieType.PROFESSIONAL_VOLUNTEER;
        throw new IllegalArgumentException("no samenspel tie type for " + other);
    }

    /**
     * MODEL.md step 9, "ties decay each week without contact": every tie without contact this week
     * loses {@code decay} of its strength; ties weaker than {@code dropBelow} are gone. Closes the
     * week: contacts count afresh from here.
     */
    public void decay(double decay, double dropBelow) {
        for (int i = 0; i < slots; i++) {
            if (tie[i] == null) continue;
            if (contacted[i]) {
                contacted[i] = false;
                continue;
            }
            double w = strength[i] * (1 - decay);
            strength[i] = w;
            if (w < dropBelow) {
                SamenspelTie weak = tie[i];
                graph.removeEdge(weak);
                free(weak);
            }
        }
        if (holes > slots / 2) closeHoles();
    }

    public double strength(Actor a, Actor b) {
        SamenspelTie t = graph.getEdge(a, b);
        return t == null ? 0 : strength[t.slot];
    }

    /** The professional's strongest tie to an actor of the given type, or null. */
    public SamenspelTie strongest(Professional p, TieType type) {
        if (!graph.containsVertex(p)) return null;
        SamenspelTie best = null;
        double bestW = -1;
        for (SamenspelTie t : graph.edgesOf(p)) {
            if (t.type() != type) continue;
            double w = strength[t.slot];
            if (w > bestW) {
                best = t;
                bestW = w;
            }
        }
        return best;
    }

    /** The summed strength of an actor's ties (0 for one without any). */
    public double strengthOf(Actor a) {
        if (!graph.containsVertex(a)) return 0;
        double s = 0;
        for (SamenspelTie t : graph.edgesOf(a)) s += strength[t.slot];
        return s;
    }

    public Actor other(SamenspelTie t, Actor a) {
        return org.jgrapht.Graphs.getOppositeVertex(graph, t, a);
    }

    public double weight(SamenspelTie t) {
        return strength[t.slot];
    }

    public int count() {
        return slots - holes;
    }

    public double totalStrength() {
        double s = 0;
        for (int i = 0; i < slots; i++) if (tie[i] != null) s += strength[i];
        return s;
    }

    private void add(SamenspelTie t, double w) {
        if (slots == tie.length) {
            tie = Arrays.copyOf(tie, 2 * slots);
            strength = Arrays.copyOf(strength, 2 * slots);
            contacted = Arrays.copyOf(contacted, 2 * slots);
        }
        t.slot = slots;
        tie[slots] = t;
        strength[slots++] = w;
    }

    private void free(SamenspelTie t) {
        tie[t.slot] = null;
        strength[t.slot] = 0;
        contacted[t.slot] = false;
        holes++;
    }

    /** Moves the ties left over the holes, keeping their order. */
    private void closeHoles() {
        int kept = 0;
        for (int i = 0; i < slots; i++) {
            SamenspelTie t = tie[i];
            if (t == null) continue;
            t.slot = kept;
            tie[kept] = t;
            contacted[kept] = contacted[i];
            strength[kept++] = strength[i];
        }
        Arrays.fill(tie, kept, slots, null);
        Arrays.fill(contacted, kept, slots, false);
        slots = kept;
        holes = 0;
    }
}
