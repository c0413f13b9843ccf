package nl.samenspel.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A resident who volunteers in an initiative. MODEL.md section 2, entity Volunteer. Her
 * motivation changes only through the named methods below, which also keep a ledger of her
 * losses by cause over the last {@link #CAUSE_WEEKS} weeks, so that a quit can say why.
 */
public final class Volunteer implements Actor {
    /** Weeks of motivation losses a quit's cause is read from (issue 14: "over the 13 weeks before it"). */
    public static final int CAUSE_WEEKS = 13;
    private static final int CAUSES = QuitCause.MOTIVATION_LOSSES.length;

    /** Her actor id; {@link #UNNUMBERED} for a recruit of a district task until the tasks are done ({@link World#addVolunteer}). */
    private int id;
    public static final int UNNUMBERED = -1;
    public final int resident;
    public Initiative initiative;
    private double motivation;
    public final int weekJoined;
    /** Strength of the tie to whoever coordinates her, 0..1: a paid coordinator, or where none works her initiative's key person. */
    public double coordinatorTie;
    /**
     * The strongest tie she and whoever coordinates her can build, 0..1: a relation has a quality
     * of its own, different with each leader (leader-member exchange, Graen &amp; Uhl-Bien 1995: the
     * relation Forner, Holtrop et al. measure). NaN until a relation begins, and again once it ends.
     */
    private double relationCeiling = Double.NaN;
    /** Unclear tasks make volunteers quit, 001:537-539; rises when a new team or provider arrives. */
    public double roleAmbiguity;
    public final List<Need> matches = new ArrayList<>(2);
    public boolean coachedThisWeek;
    /** Absolute week she was last coached, or {@link Integer#MIN_VALUE} if never. */
    public int lastCoachedWeek = Integer.MIN_VALUE;
    /** The coordinator who coaches her (null: none, or her initiative's key person); her tie is lost when that one leaves. */
    public Coordinator coach;
    public boolean active = true;
    /** Motivation lost by cause, one row of {@link #CAUSES} per week in a ring of {@link #CAUSE_WEEKS} weeks. */
    private final double[] losses = new double[CAUSE_WEEKS * CAUSES];
    private int slot;
    /**
     * {@link #recentSetback()} as last summed, or NaN once a setback entered the ledger or a week
     * holding one dropped out: coordination reads it for every volunteer each week and again in its
     * sort, while most weeks bring her only the slow losses, which are no setbacks.
     */
    private double setback = Double.NaN;
    /** Bit w set: week slot w of the ledger holds a setback loss. The other weeks add only zeros, which the sum may skip exactly. */
    private int setbackWeeks;

    public Volunteer(int id, int resident, Initiative initiative, double motivation, int weekJoined) {
        this.id = id;
        this.resident = resident;
        this.initiative = initiative;
        this.motivation = clamp(motivation);
        this.weekJoined = weekJoined;
    }

    public double motivation() {
        return motivation;
    }

    /** Sets motivation outright: a starting value, or a test's setup. */
    public void setMotivation(double m) {
        motivation = clamp(m);
    }

    /** Motivation falls by {@code amount} (never below 0); the loss is booked under {@code cause}. */
    public void loseMotivation(QuitCause cause, double amount) {
        if (!cause.isMotivationLoss()) throw new IllegalArgumentException(cause + " is not a motivation loss");
        if (amount <= 0) return;
        double lost = Math.min(amount, motivation);
        motivation -= lost;
        losses[slot * CAUSES + cause.ordinal()] += lost;
        // The slow losses are no setbacks: the cached sum stays valid (most volunteers lose to drift every week).
        if (cause.ordinal() != NO_COACHING && cause.ordinal() != ROLE_AMBIGUITY) {
            setbackWeeks |= 1 << slot;
            setback = Double.NaN;
        }
    }

    /** Motivation closes {@code share} of its gap to 1 (coaching, a finished match). */
    public void gainMotivation(double share) {
        motivation = clamp(motivation + share * (1 - motivation));
    }

    /** The cause of the largest motivation loss in the last {@link #CAUSE_WEEKS} weeks, or null if she lost none. */
    public QuitCause largestRecentLoss() {
        double[] sum = new double[CAUSES];
        for (int i = 0; i < losses.length; i++) sum[i % CAUSES] += losses[i];
        QuitCause best = null;
        double bestLoss = 0;
        for (int c = 0; c < CAUSES; c++) {
            if (sum[c] > bestLoss) {
                bestLoss = sum[c];
                best = QuitCause.MOTIVATION_LOSSES[c];
            }
        }
        return best;
    }

    /** Motivation lost to {@code cause} in the last {@link #CAUSE_WEEKS} weeks. */
    public double recentLoss(QuitCause cause) {
        double s = 0;
        for (int w = 0; w < CAUSE_WEEKS; w++) s += losses[w * CAUSES + cause.ordinal()];
        return s;
    }

    /**
     * Motivation lost in the last {@link #CAUSE_WEEKS} weeks to setbacks: events she can tell her
     * coordinator about (a dumped case, overload, her key person leaving, a late funding decision).
     * The slow, chronic losses (erosion without coaching, unclear tasks) are not among them: they
     * come without an occasion to ask for help.
     */
    public double recentSetback() {
        if (Double.isNaN(setback)) setback = sumSetbacks();
        return setback;
    }

    /**
     * Summed in the ledger's order, week by week and cause by cause, so the double is always the
     * same; weeks without a setback are skipped (losses are never negative, so adding their
     * zeros leaves the sum as it is).
     */
    private double sumSetbacks() {
        double s = 0;
        for (int weeks = setbackWeeks; weeks != 0; weeks &= weeks - 1) {
            int row = Integer.numberOfTrailingZeros(weeks) * CAUSES;
            for (int c = 0; c < CAUSES; c++) if (c != NO_COACHING && c != ROLE_AMBIGUITY) s += losses[row + c];
        }
        return s;
    }

    private static final int NO_COACHING = QuitCause.NO_COACHING.ordinal();
    private static final int ROLE_AMBIGUITY = QuitCause.ROLE_AMBIGUITY.ordinal();

    /** Never coached yet: a newcomer's first conversation is due. */
    public boolean neverCoached() {
        return lastCoachedWeek == Integer.MIN_VALUE;
    }

    /** Closes her week in the ledger: the oldest week's losses drop out. */
    public void endWeek() {
        slot = (slot + 1) % CAUSE_WEEKS;
        java.util.Arrays.fill(losses, slot * CAUSES, (slot + 1) * CAUSES, 0);
        // A week without a setback drops out of the sum as the zeros it added: the other weeks keep their order, the double its bits.
        if ((setbackWeeks & 1 << slot) != 0) setback = Double.NaN;
        setbackWeeks &= ~(1 << slot);
    }

    /** True until a relation with whoever coordinates her begins: she is new, or her coordinator (or key person) left. */
    public boolean relationPending() {
        return Double.isNaN(relationCeiling);
    }

    /** A relation begins whose strongest tie is {@code ceiling}. */
    public void beginRelation(double ceiling) {
        relationCeiling = clamp(ceiling);
    }

    public double relationCeiling() {
        return relationCeiling;
    }

    /** 000:289: a week of coaching by {@code c} (null: her initiative's key person), within a relation already begun. */
    public void coachedBy(Coordinator c, int week, double motivationShare, double tieShare) {
        if (relationPending()) throw new IllegalStateException("coached before a relation began");
        gainMotivation(motivationShare);
        coordinatorTie += tieShare * (relationCeiling - coordinatorTie);
        if (coach != c) coach = c; // the same coordinator most weeks: a store of the same reference would still dirty a G1 card
        coachedThisWeek = true;
        lastCoachedWeek = week;
    }

    /** She starts with a coordinator, a tie of the given strength and a relation that can grow to {@code ceiling} (a volunteer of the built world). */
    public void startWith(Coordinator c, double tie, double ceiling) {
        coach = c;
        coordinatorTie = tie;
        beginRelation(ceiling);
    }

    /** Unclear tasks: a new team or provider arrived (001:537-539, 000:228). */
    public void raiseAmbiguity(double amount) {
        roleAmbiguity = Math.min(1, roleAmbiguity + amount);
    }

    /**
     * Her week closes on the coaching side: ambiguity fades (by {@code coachedFade} if she was
     * coached, else by {@code fade}); the tie to her coordinator fades by {@code tieDecay} in a
     * week without coaching.
     */
    public void endCoachingWeek(double fade, double coachedFade, double tieDecay) {
        roleAmbiguity *= 1 - (coachedThisWeek ? coachedFade : fade);
        if (!coachedThisWeek) coordinatorTie *= 1 - tieDecay;
        coachedThisWeek = false;
    }

    /** Her coordinator left: the tie is gone, and the next one's relation is a new one. */
    public void loseCoach() {
        coach = null;
        coordinatorTie = 0;
        relationCeiling = Double.NaN;
    }

    public int load() {
        return matches.size();
    }

    private static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    /** Gives a recruit made in a district task her id, once: ids follow the order of districts, as if they had run one after another. */
    void number(int id) {
        if (this.id != UNNUMBERED) throw new IllegalStateException(this + " has an id already");
        this.id = id;
    }

    @Override public int id() { return id; }
    @Override public String role() { return "volunteer"; }
    @Override public int hashCode() { return id; }
    @Override public String toString() { return "volunteer#" + id; }
}
