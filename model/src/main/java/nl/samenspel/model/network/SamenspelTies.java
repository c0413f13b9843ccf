package nl.samenspel.model.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.model.Actor;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The formal-informal ties of MODEL.md section 2: professionals with coordinators, initiatives'
 * key figures and volunteers. Strength grows with contact and decays without it; a leaver's
 * ties are lost (000:254, 000:275).
 * <p>
 * Data layout: each actor's ties are a list in the order they were made, a leaver's or a faded
 * tie taken out in place (the order jgrapht's {@code edgesOf} gave when a graph held them, so
 * sums and draws over an actor's ties come out bit for bit as then); the weekly steps walk these
 * lists instead of a graph's hash maps (issue 12). Every week every tie decays and all strengths
 * are summed, and a city has hundreds of thousands of ties, so the strengths live in one array
 * in the order the ties were made. Ties that are gone leave a hole, closed up once holes are half
 * the array. {@link #graph()} shows the ties as a jgrapht graph, for the views and exports.
 */
public final class SamenspelTies {
    /** Each actor's ties, oldest first; the actors in the order they were added. */
    private final Map<Actor, List<SamenspelTie>> tiesOf = new LinkedHashMap<>();
    /** Ties in the order they were made; null where a tie is gone. */
    private SamenspelTie[] tie = new SamenspelTie[64];
    private double[] strength = new double[64];
    /** Whether each tie had contact this week (it then does not decay, MODEL.md step 9). */
    private boolean[] contacted = new boolean[64];
    private int slots;
    private int holes;
    /** {@link #graph()} as last built, or null once an actor or a tie came or went. */
    private Graph<Actor, SamenspelTie> view;

    /**
     * The ties as a read-only jgrapht graph: the actors in the order they were added, the ties in
     * the order they were made, each tie's weight its strength now.
     */
    public Graph<Actor, SamenspelTie> graph() {
        if (view != null) return view;
        Graph<Actor, SamenspelTie> g = new SimpleWeightedGraph<>(null, null) {
            private static final long serialVersionUID = 1L;

            @Override
            public double getEdgeWeight(SamenspelTie t) {
                return strength[t.slot];
            }
        };
        for (Actor a : tiesOf.keySet()) g.addVertex(a);
        for (int i = 0; i < slots; i++) if (tie[i] != null) g.addEdge(tie[i].source, tie[i].target, tie[i]);
        return view = new AsUnmodifiableGraph<>(g);
    }

    public void addActor(Actor a) {
        if (tiesOf.putIfAbsent(a, new ArrayList<>(4)) == null) view = null;
    }

    /** Removes an actor and all her ties. */
    public void remove(Actor a) {
        List<SamenspelTie> own = tiesOf.remove(a);
        if (own == null) return;
        for (SamenspelTie t : own) {
            free(t);
            tiesOf.get(t.other(a)).remove(t);
        }
        view = null;
    }

    /** Strengthens the tie between a professional and an informal actor by {@code growth} of what is left to 1. */
    public void contact(Professional p, Actor other, double growth) {
        contact(p, other, growth, null);
    }

    /**
     * The ties one district task makes, in the order it makes them (issue 12: districts in
     * parallel). They keep their strength in themselves until {@link #enter} gives them their
     * slots, one district after another: the slots, and so the order of every sum over all ties,
     * of making them one district after another. Kept from week to week.
     */
    public static final class NewTies {
        private final List<SamenspelTie> made = new ArrayList<>();
    }

    /**
     * {@link #contact(Professional, Actor, double)} from a district task: a tie not yet made goes
     * into {@code pending} ({@link #enter}). Tasks may run at once when each touches the ties of
     * its own district's actors only; a tie that exists gets its strength and contact mark in its
     * own slot, which no other task writes.
     */
    public void contact(Professional p, Actor other, double growth, NewTies pending) {
        SamenspelTie t = find(p, other);
        if (t == null) {
            List<SamenspelTie> fromP = tiesOf.get(p), fromOther = tiesOf.get(other);
            if (fromP == null || fromOther == null) throw new IllegalArgumentException("no such actor: " + (fromP == null ? p : other));
            t = new SamenspelTie(typeOf(other));
            t.source = p;
            t.target = other;
            fromP.add(t);
            fromOther.add(t);
            if (pending != null) {
                t.slot = -2;
                t.pendingStrength = growth;
                pending.made.add(t);
                return;
            }
            add(t, growth);
            view = null;
        } else if (t.slot < 0) {
            double w = t.pendingStrength;
            t.pendingStrength = w + growth * (1 - w);
            return;
        } else {
            double w = strength[t.slot];
            strength[t.slot] = w + growth * (1 - w);
        }
        contacted[t.slot] = true;
    }

    /** Gives the district's new ties their slots, in the order they were made, as contacted this week; empties it. */
    public void enter(NewTies pending) {
        for (SamenspelTie t : pending.made) {
            add(t, t.pendingStrength);
            contacted[t.slot] = true;
        }
        if (!pending.made.isEmpty()) view = null;
        pending.made.clear();
    }

    /** The tie's strength, wherever it is kept. */
    private double strengthOf(SamenspelTie t) {
        return t.slot >= 0 ? strength[t.slot] : t.pendingStrength;
    }

    /** The tie between a and b, or null. */
    private SamenspelTie find(Actor a, Actor b) {
        List<SamenspelTie> own = tiesOf.get(a);
        if (own == null) return null;
        for (int i = 0, n = own.size(); i < n; i++) {
            SamenspelTie t = own.get(i);
            if (t.other(a) == b) return t;
        }
        return null;
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
                tiesOf.get(weak.source).remove(weak);
                tiesOf.get(weak.target).remove(weak);
                free(weak);
                view = null;
            }
        }
        if (holes > slots / 2) closeHoles();
    }

    public double strength(Actor a, Actor b) {
        SamenspelTie t = find(a, b);
        return t == null ? 0 : strengthOf(t);
    }

    /** The professional's strongest tie to an actor of the given type (the first of equals), or null. */
    public SamenspelTie strongest(Professional p, TieType type) {
        List<SamenspelTie> own = tiesOf.get(p);
        if (own == null) return null;
        SamenspelTie best = null;
        double bestW = -1;
        for (int i = 0, n = own.size(); i < n; i++) {
            SamenspelTie t = own.get(i);
            if (t.type() != type) continue;
            double w = strengthOf(t);
            if (w > bestW) {
                best = t;
                bestW = w;
            }
        }
        return best;
    }

    /** The summed strength of an actor's ties, oldest first (0 for one without any). */
    public double strengthOf(Actor a) {
        List<SamenspelTie> own = tiesOf.get(a);
        if (own == null) return 0;
        double s = 0;
        for (int i = 0, n = own.size(); i < n; i++) s += strengthOf(own.get(i));
        return s;
    }

    /**
     * The actor at the other end of the first of {@code a}'s ties, oldest first, at which
     * {@code u} minus the strengths so far falls below 0; null if it never does. A draw in
     * proportion to strength, for {@code u} uniform in [0, {@link #strengthOf}).
     */
    public Actor byStrength(Actor a, double u) {
        List<SamenspelTie> own = tiesOf.get(a);
        if (own == null) throw new IllegalArgumentException("no such actor: " + a);
        for (int i = 0, n = own.size(); i < n; i++) {
            SamenspelTie t = own.get(i);
            u -= strengthOf(t);
            if (u < 0) return t.other(a);
        }
        return null;
    }

    public Actor other(SamenspelTie t, Actor a) {
        return t.other(a);
    }

    public double weight(SamenspelTie t) {
        return strengthOf(t);
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
