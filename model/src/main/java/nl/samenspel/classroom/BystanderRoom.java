package nl.samenspel.classroom;

import ec.util.MersenneTwisterFast;
import nl.samenspel.engine.Seeds;
import nl.samenspel.model.mechanism.BystanderStep;

/**
 * One run of the classroom experiment, stepped one second at a time. The rules, in order:
 * <ol>
 *   <li>At second 0 everyone present notices the emergency.</li>
 *   <li>Each naive person draws her readiness once (people differ).</li>
 *   <li>Each second, each naive person who has not acted acts with the chance of
 *       {@link nl.samenspel.model.mechanism.BystanderStep} (the care model's step 3) times her readiness.</li>
 *   <li>Confederates never act and show no concern; they are always in view.</li>
 *   <li>Over the intercom (the seizure experiment) nobody can tell whether another already acted,
 *       so each person decides for herself until observation ends. In view (one room, as in the
 *       lady-in-distress experiment) each sees the naive others who have not acted yet, as they
 *       were at the start of the second; once one acts, the others no longer count her as passive.</li>
 * </ol>
 * Person {@code i} draws from her own stream, seeded from the run's seed and {@code i}, so the same
 * person meets the same luck in rooms of different sizes (the side-by-side view relies on this).
 */
public final class BystanderRoom {
    /** What the window shows for each person. */
    public enum State { NOTICED, HESITATING, ACTED, DID_NOT_ACT, CONFEDERATE }

    /** Seconds after which a person who noticed and did not act is shown as hesitating. */
    public static final int HESITATION_SHOWN_AFTER = 5;

    private final BystanderSetup setup;
    private final MersenneTwisterFast[] streams;
    private final BystanderStep rule;
    private final double[] readiness;
    private final double[] chance;
    private final int[] actedAt;
    private int second;
    private int naiveActed;

    public BystanderRoom(BystanderSetup setup, long seed) {
        this.setup = setup;
        int naive = setup.naive();
        streams = new MersenneTwisterFast[naive];
        rule = setup.rule();
        readiness = new double[naive];
        chance = new double[naive];
        actedAt = new int[naive];
        for (int i = 0; i < naive; i++) {
            streams[i] = new MersenneTwisterFast(Seeds.derive(seed, i));
            readiness[i] = Readiness.draw(setup.readinessSpread(), streams[i]);
            chance[i] = setup.chance(rule, i, readiness[i], naive - 1);
            actedAt[i] = -1;
        }
    }

    public BystanderSetup setup() {
        return setup;
    }

    /** Seconds elapsed. */
    public int second() {
        return second;
    }

    public boolean done() {
        return second >= setup.seconds();
    }

    public boolean emergencyOver() {
        return second >= setup.emergencySeconds();
    }

    /** One second passes. */
    public void step() {
        if (done()) return;
        second++;
        if (setup.inView()) {
            int hesitating = chance.length - naiveActed - 1; // the others she sees not acting (she has not acted either)
            for (int i = 0; i < chance.length; i++) if (actedAt[i] < 0) chance[i] = setup.chance(rule, i, readiness[i], hesitating);
        }
        for (int i = 0; i < chance.length; i++) {
            if (actedAt[i] < 0 && streams[i].nextDouble() < chance[i]) {
                actedAt[i] = second;
                naiveActed++;
            }
        }
    }

    /** Runs to the end of observation; stops early once every naive person has acted. */
    public BystanderRoom runToEnd() {
        while (!done() && naiveActed < chance.length) step();
        return this;
    }

    /** People present: the measured person (the subject), then the other naive people, then the confederates. */
    public int people() {
        return setup.others() + 1;
    }

    public State state(int person) {
        if (person >= chance.length) return State.CONFEDERATE;
        if (actedAt[person] >= 0) return State.ACTED;
        if (emergencyOver()) return State.DID_NOT_ACT; // no more hesitating: the emergency passed without her
        return second < HESITATION_SHOWN_AFTER ? State.NOTICED : State.HESITATING;
    }

    /** The second in which naive person {@code i} acted, or -1. */
    public int actedAt(int i) {
        return actedAt[i];
    }

    public int naive() {
        return chance.length;
    }
}
