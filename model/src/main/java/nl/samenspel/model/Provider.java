package nl.samenspel.model;

/** The welfare organisation holding a district's contract; employs its professionals and coordinators. */
public final class Provider {
    public final int id;
    public final int weekContracted;

    public Provider(int id, int weekContracted) {
        this.id = id;
        this.weekContracted = weekContracted;
    }
}
