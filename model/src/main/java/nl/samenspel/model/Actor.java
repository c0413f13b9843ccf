package nl.samenspel.model;

/**
 * A party that can hold a samenspel tie: a professional, a coordinator, a volunteer or an
 * initiative's key figure. Ids are unique within a world and fix the iteration order, so that
 * runs are reproducible.
 */
public interface Actor {
    int id();

    String role();
}
