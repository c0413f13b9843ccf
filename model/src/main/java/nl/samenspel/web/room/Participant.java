package nl.samenspel.web.room;

/**
 * A student in the room: a secret key for her phone's cookie, an anonymous id for the CSV
 * ({@code s017}), and a made-up name the named request can use. No real name is asked or kept.
 */
public final class Participant {
    final String key;
    final String id;
    final String alias;
    private double tokens = RATE_BURST;
    private long last = System.nanoTime();
    /** Requests per second a phone may make on average, and in a burst: polling needs one a second. */
    static final double RATE_PER_SECOND = 8;
    static final double RATE_BURST = 30;

    Participant(String key, String id, String alias) {
        this.key = key;
        this.id = id;
        this.alias = alias;
    }

    public String id() {
        return id;
    }

    public String alias() {
        return alias;
    }

    /** A token bucket: false when this phone floods the server. */
    synchronized boolean allow() {
        long now = System.nanoTime();
        tokens = Math.min(RATE_BURST, tokens + (now - last) / 1e9 * RATE_PER_SECOND);
        last = now;
        if (tokens < 1) return false;
        tokens -= 1;
        return true;
    }
}
