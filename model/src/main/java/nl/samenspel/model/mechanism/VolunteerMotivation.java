package nl.samenspel.model.mechanism;

import nl.samenspel.model.Parameters;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;

/**
 * Step 8, Volunteer motivation and quitting: motivation erodes unless the volunteer has a tie to
 * a coordinator (Forner, Holtrop et al.: the relation with the coordinator), the more so the less
 * helpful she is by nature (000:142: her sense of responsibility keeps her going), falls with role
 * ambiguity (unclear tasks make volunteers quit, 001:537-539); coaching, success, overload and
 * dumping act where they happen (steps 5 to 7). A volunteer quits when motivation falls below a
 * threshold, or with a small base hazard (moving, health, other things to do) that is higher for the
 * less motivated: base x (1.5 - motivation), so it is the base hazard at motivation 0.5 and half of it
 * for a volunteer at full motivation.
 * A key person's leaving is handled in {@link World#quit}
 * (002:474, 002:336, 002:363).
 */
public final class VolunteerMotivation implements Mechanism {
    @Override
    public void step(World w) {
        Parameters.Volunteers vp = w.p.volunteers();
        double tieDecay = w.p.ties().decay();
        for (Volunteer v : w.volunteers) {
            if (!v.active) continue;
            double ownDrift = vp.drift() * 2 * (1 - w.residents.helpfulness[v.resident]);
            v.motivation -= ownDrift * (1 - v.coordinatorTie) + vp.ambiguityLoss() * v.roleAmbiguity;
            v.motivation = Math.max(0, Math.min(1, v.motivation));
            // Coaching makes tasks clear: ambiguity fades twice as fast for a coached volunteer.
            v.roleAmbiguity *= 1 - vp.ambiguityDecay() * (v.coachedThisWeek ? 2 : 1);
            if (!v.coachedThisWeek) v.coordinatorTie *= 1 - tieDecay;
            v.coachedThisWeek = false;
            if (v.motivation < vp.quitThreshold()) w.quit(v, World.QuitReason.MOTIVATION);
            else if (w.random.nextDouble() < vp.baseHazard() * (1.5 - v.motivation)) w.quit(v, World.QuitReason.OTHER);
        }
    }
}
