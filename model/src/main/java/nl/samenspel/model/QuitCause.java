package nl.samenspel.model;

/**
 * Why a volunteer quit (MODEL.md section 6, "the reason for leaving"). A quit at the motivation
 * threshold is put down to the largest of her motivation losses over the last
 * {@link Volunteer#CAUSE_WEEKS} weeks; a quit by the base hazard to the base hazard, unless her
 * low motivation raised the hazard (then to that largest loss, see {@code VolunteerMotivation});
 * a quit at a provider switch to the tender (004:289).
 */
public enum QuitCause {
    /** A professional referred a case past the coordinator, 004:101. */
    DUMPING,
    /** Load above her free hours, 000:281 "fors belast". */
    OVERLOAD,
    /** Unclear tasks, 001:537-539. */
    ROLE_AMBIGUITY,
    /** The initiative's key person left, 002:474, 002:336. */
    KEY_PERSON,
    /** A late yearly funding decision, 002:363. */
    FUNDING_UNCERTAINTY,
    /** Motivation eroding without coaching (a weak tie to a coordinator; Forner, Holtrop et al.). */
    NO_COACHING,
    /** Her provider lost the tender, 004:289. */
    TENDER,
    /** Moving, health, other things to do. */
    BASE_HAZARD;

    /** The causes that act through motivation, in the order of the ledger. */
    public static final QuitCause[] MOTIVATION_LOSSES = {DUMPING, OVERLOAD, ROLE_AMBIGUITY, KEY_PERSON, FUNDING_UNCERTAINTY, NO_COACHING};

    public boolean isMotivationLoss() {
        return ordinal() < MOTIVATION_LOSSES.length;
    }
}
