package nl.samenspel.model.network;

import org.jgrapht.graph.DefaultWeightedEdge;

/** A typed, weighted formal-informal tie; its weight is the tie's strength in 0..1. */
public final class SamenspelTie extends DefaultWeightedEdge {
    private final TieType type;
    /** Where {@link SamenspelTies} keeps this tie's strength. */
    int slot = -1;

    public SamenspelTie(TieType type) {
        this.type = type;
    }

    public TieType type() {
        return type;
    }

}
