package nl.samenspel.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A check ran and failed (a pattern failed validation, a rerun differed). */
    public static final int CHECK_FAILED = 1;
    /** Bad input: a wrong scenario, an unknown key, a value out of range, a missing file. */
    public static final int BAD_INPUT = 2;
    /** Something broke that is not the user's fault. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
