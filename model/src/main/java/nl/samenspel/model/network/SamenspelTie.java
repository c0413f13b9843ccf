package nl.samenspel.model.network;

import org.jgrapht.graph.DefaultWeightedEdge;

/** A typed, weighted formal-informal tie; its weight is the tie's strength in 0..1. */
public final class SamenspelTie extends DefaultWeightedEdge {
    private final TieType type;
    /** Set when the tie went with an actor who left (it then waits to be dropped from the weekly list). */
    boolean lost;

    public SamenspelTie(TieType type) {
        this.type = type;
    }

    public TieType type() {
        return type;
    }

    /** The tie's strength (its edge weight) without a lookup in the graph. */
    public double strength() {
        return getWeight();
    }
}
