package nl.samenspel.model.network;

import nl.samenspel.model.Actor;
import org.jgrapht.graph.DefaultWeightedEdge;

/** A typed, weighted formal-informal tie; its weight is the tie's strength in 0..1. */
public final class SamenspelTie extends DefaultWeightedEdge {
    private final TieType type;
    /** Where {@link SamenspelTies} keeps this tie's strength; below 0 while the tie waits in a {@link SamenspelTies.NewTies}. */
    int slot = -1;
    /** The strength of a tie made in a district task, until it gets its slot. */
    double pendingStrength;
    /** Its ends, the professional first (set by {@link SamenspelTies} when the tie is made). */
    Actor source, target;

    public SamenspelTie(TieType type) {
        this.type = type;
    }

    public TieType type() {
        return type;
    }

    /** The end that is not {@code a}, as jgrapht's {@code Graphs.getOppositeVertex}. */
    Actor other(Actor a) {
        if (a == source) return target;
        if (a == target) return source;
        throw new IllegalArgumentException("no such vertex in edge: " + a);
    }

}
