package nl.samenspel.cli;

/** Bad input from the user: printed as one message (no stack trace) and exit code 2. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
