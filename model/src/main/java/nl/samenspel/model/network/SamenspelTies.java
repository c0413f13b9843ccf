package nl.samenspel.model.network;

import java.util.ArrayList;
import java.util.List;
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
 * Every week all ties decay and their strength is summed. The graph answers who is tied to whom;
 * for the weekly passes the ties are also kept in a plain list, in the order they were made (the
 * graph's own edge order, so sums come out bit for bit the same), and each tie carries its
 * strength as its edge weight.
 */
public final class SamenspelTies {
    private final Graph<Actor, SamenspelTie> graph = new SimpleWeightedGraph<>(null, null);
    /** The graph's ties in the order they were made; ties lost with an actor are dropped at the next decay. */
    private final List<SamenspelTie> inOrder = new ArrayList<>();

    public Graph<Actor, SamenspelTie> graph() {
        return graph;
    }

    public void addActor(Actor a) {
        graph.addVertex(a);
    }

    /** Removes an actor and all her ties. */
    public void remove(Actor a) {
        if (!graph.containsVertex(a)) return;
        for (SamenspelTie t : graph.edgesOf(a)) t.lost = true;
        graph.removeVertex(a);
    }

    /** Strengthens the tie between a professional and an informal actor by {@code growth} of what is left to 1. */
    public void contact(Professional p, Actor other, double growth) {
        SamenspelTie tie = graph.getEdge(p, other);
        if (tie == null) {
            tie = new SamenspelTie(typeOf(other));
            graph.addEdge(p, other, tie);
            graph.setEdgeWeight(tie, growth);
            inOrder.add(tie);
        } else {
            double w = tie.strength();
            graph.setEdgeWeight(tie, w + growth * (1 - w));
        }
    }

    private static TieType typeOf(Actor other) {
        if (other instanceof Coordinator) return TieType.PROFESSIONAL_COORDINATOR;
        if (other instanceof Initiative) return TieType.PROFESSIONAL_INITIATIVE;
        if (other instanceof Volunteer) return TieType.PROFESSIONAL_VOLUNTEER;
        throw new IllegalArgumentException("no samenspel tie type for " + other);
    }

    /** Every tie loses {@code decay} of its strength; ties weaker than {@code dropBelow} are gone. */
    public void decay(double decay, double dropBelow) {
        int kept = 0;
        for (int i = 0, n = inOrder.size(); i < n; i++) {
            SamenspelTie t = inOrder.get(i);
            if (t.lost) continue;
            double w = t.strength() * (1 - decay);
            graph.setEdgeWeight(t, w);
            if (w < dropBelow) graph.removeEdge(t);
            else inOrder.set(kept++, t);
        }
        inOrder.subList(kept, inOrder.size()).clear();
    }

    public double strength(Actor a, Actor b) {
        SamenspelTie t = graph.getEdge(a, b);
        return t == null ? 0 : graph.getEdgeWeight(t);
    }

    /** The professional's strongest tie to an actor of the given type, or null. */
    public SamenspelTie strongest(Professional p, TieType type) {
        if (!graph.containsVertex(p)) return null;
        SamenspelTie best = null;
        double bestW = -1;
        for (SamenspelTie t : graph.edgesOf(p)) {
            if (t.type() != type) continue;
            double w = t.strength();
            if (w > bestW) {
                best = t;
                bestW = w;
            }
        }
        return best;
    }

    public Actor other(SamenspelTie t, Actor a) {
        return org.jgrapht.Graphs.getOppositeVertex(graph, t, a);
    }

    public double weight(SamenspelTie t) {
        return t.strength();
    }

    public int count() {
        return graph.edgeSet().size();
    }

    public double totalStrength() {
        double s = 0;
        for (int i = 0, n = inOrder.size(); i < n; i++) {
            SamenspelTie t = inOrder.get(i);
            if (!t.lost) s += t.strength();
        }
        return s;
    }
}
