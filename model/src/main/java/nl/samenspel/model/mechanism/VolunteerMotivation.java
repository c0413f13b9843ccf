package nl.samenspel.model.mechanism;

import java.util.List;
import nl.samenspel.model.District;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.QuitCause;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;

/**
 * Step 8, Volunteer motivation and quitting: motivation erodes unless the volunteer has a tie to
 * a coordinator (Forner, Holtrop et al.: the relation with the coordinator), the more so the less
 * helpful she is by nature (000:142: her sense of responsibility keeps her going), and falls with
 * role ambiguity (unclear tasks make volunteers quit, 001:537-539); coaching, success, overload and
 * dumping act where they happen (steps 5 to 7). The tie fades in a week she is not coached. A
 * volunteer quits when motivation falls below a threshold, or with a small base hazard (moving,
 * health, other things to do), to which a weak relation with whoever coordinates her adds a
 * hazard of its own: the relation with the coordinator and organisational support go with less
 * turnover directly (Forner, Holtrop et al.: rho -.55 and -.61), not only through motivation.
 * A key person's leaving is handled in {@link World#quit} (002:474, 002:336, 002:363).
 * <p>
 * Each quit records its cause (issue 14): a threshold quit the largest motivation loss of the last
 * 13 weeks; a hazard quit the base hazard, or, if the draw fell in the part a weak tie adds,
 * the missing coaching ({@link QuitCause#NO_COACHING}).
 */
public final class VolunteerMotivation implements Mechanism {
    /** Per district, per volunteer in the district's order: her own drift, read ahead ({@link #readAhead}). */
    private double[][] drift = new double[0][];

    @Override
    public void step(World w) {
        Parameters.Volunteers vp = w.p.volunteers();
        double tieDecay = w.p.ties().coordinatorDecay();
        double ambiguityDecay = Math.min(1, vp.ambiguityDecay()), coachedDecay = Math.min(1, vp.ambiguityDecay() * vp.coachedAmbiguityFactor());
        if (drift.length < w.districts.size()) drift = new double[w.districts.size()][16];
        // A volunteer's motivation, her initiative's key person and her district's stream are her
        // district's own: districts in parallel, each in the world's order of its volunteers.
        w.forEachDistrict(d -> {
            List<Volunteer> volunteers = d.volunteers;
            double[] own = readAhead(w, vp, volunteers, d.id);
            for (int i = 0, m = volunteers.size(); i < m; i++) {
                Volunteer v = volunteers.get(i);
                if (v.active) weekOf(w, vp, d, v, own[i], ambiguityDecay, coachedDecay, tieDecay);
            }
        });
    }

    /**
     * One volunteer's week, in a method of its own (issue 12): per call a quit is rare, so C2 keeps
     * {@link World#quit} a call here. Inlined into the district loop, where a quit comes about once
     * a call, it made that loop a 60 kB compilation of up to a second, compiled again after each
     * deoptimisation inside it (3 to 6 times a city decade).
     */
    private static void weekOf(World w, Parameters.Volunteers vp, District d, Volunteer v, double drift,
                               double ambiguityDecay, double coachedDecay, double tieDecay) {
        v.loseMotivation(QuitCause.NO_COACHING, drift * (1 - v.coordinatorTie));
        v.loseMotivation(QuitCause.ROLE_AMBIGUITY, vp.ambiguityLoss() * v.roleAmbiguity);
        // Coaching makes tasks clear: ambiguity fades faster for a coached volunteer.
        v.endCoachingWeek(ambiguityDecay, coachedDecay, tieDecay);
        if (v.motivation() < vp.quitThreshold()) {
            w.quit(v, World.QuitReason.MOTIVATION, orBaseHazard(v.largestRecentLoss()));
            return;
        }
        double u = d.random().nextDouble();
        if (u < hazard(vp, v.coordinatorTie)) {
            w.quit(v, World.QuitReason.OTHER, u < vp.baseHazard() ? QuitCause.BASE_HAZARD : QuitCause.NO_COACHING);
            return;
        }
        v.endWeek();
    }

    /**
     * The volunteers lie scattered in memory, their residents' helpfulness too: read for all of them
     * in one loop first, the misses are independent loads the processor overlaps, where the step
     * would wait for each behind the previous volunteer's draw. Helpfulness never changes.
     */
    private double[] readAhead(World w, Parameters.Volunteers vp, List<Volunteer> volunteers, int district) {
        int m = volunteers.size();
        if (drift[district].length < m) drift[district] = new double[2 * m];
        double[] own = drift[district];
        for (int i = 0; i < m; i++) own[i] = vp.drift() * (1 - w.residents.helpfulness[volunteers.get(i).resident]) / (1 - vp.driftHelpfulnessReference());
        return own;
    }

    /** The weekly hazard of quitting for reasons other than the threshold: base + weak-tie hazard x (1 - tie). */
    static double hazard(Parameters.Volunteers vp, double tie) {
        return vp.baseHazard() + vp.weakTieHazard() * (1 - tie);
    }

    private static QuitCause orBaseHazard(QuitCause c) {
        return c == null ? QuitCause.BASE_HAZARD : c;
    }
}
