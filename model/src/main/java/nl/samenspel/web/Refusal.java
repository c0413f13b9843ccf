package nl.samenspel.web;

/**
 * A request the server refuses: an HTTP status and a message for the page (never a stack trace).
 * Thrown from any handler; {@link WebServer} renders it as the error page and logs one line.
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static Refusal badRequest(String message) {
        return new Refusal(400, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(403, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(404, message);
    }

    /** Well-formed but outside what the schema allows (a parameter out of range, too many replications). */
    public static Refusal invalid(String message) {
        return new Refusal(422, message);
    }
}
