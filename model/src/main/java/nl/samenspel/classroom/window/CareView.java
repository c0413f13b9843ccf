package nl.samenspel.classroom.window;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.Map;
import nl.samenspel.model.Actor;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Need;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Residents;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import nl.samenspel.model.network.SamenspelTie;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * What the care window shows of the first district, rebuilt each week: a sample of residents in
 * their wijk (each wijk a cloud around its centre), every resident with a need, the volunteers, the
 * initiatives, the wijkteam in the middle with the coordinators, and the formal-informal ties.
 * Positions come from a fixed layout stream, never from the model's random numbers.
 */
final class CareView {
    enum Kind { RESIDENT, NEED_OPEN, NEED_HELPED, VOLUNTEER, INITIATIVE, COORDINATOR, PROFESSIONAL }

    record Node(Kind kind, int id) {}

    static final double SIZE = 100;
    private static final int SAMPLE = 400;
    final Continuous2D field = new Continuous2D(4, SIZE, SIZE);
    final Network ties = new Network(false);
    private double[] x, y;

    void rebuild(World w) {
        District d = w.districts.get(0);
        if (x == null) layout(w, d);
        field.clear();
        ties.clear();
        Residents res = w.residents;
        Need[] held = w.needsHeld(d);
        int step = Math.max(1, d.residentCount / SAMPLE);
        for (int k = 0; k < d.residentCount; k++) {
            int i = d.firstResident + k;
            Need n = held[k];
            Kind kind = n != null && n.isOpen() ? Kind.NEED_OPEN : n != null && n.helperKind() != Need.HelperKind.NONE ? Kind.NEED_HELPED : Kind.RESIDENT;
            if (kind == Kind.RESIDENT && (k % step != 0 || res.volunteer[i] != null)) continue;
            field.setObjectLocation(new Node(kind, i), new Double2D(x[k], y[k]));
        }
        Map<Actor, Node> nodes = new HashMap<>();
        for (Initiative ini : d.initiatives) {
            for (Volunteer v : ini.volunteers) put(nodes, v, new Node(Kind.VOLUNTEER, v.id()), x[v.resident - d.firstResident], y[v.resident - d.firstResident]);
        }
        int wijken = w.p.population().wijkenPerDistrict();
        for (int k = 0; k < d.initiatives.size(); k++) {
            Initiative ini = d.initiatives.get(k);
            double[] c = wijkCentre(ini.wijk % wijken, wijken);
            double a = 2 * Math.PI * k / Math.max(1, d.initiatives.size());
            put(nodes, ini, new Node(Kind.INITIATIVE, ini.id()), c[0] + 4 * Math.cos(a), c[1] + 4 * Math.sin(a));
        }
        int working = 0;
        for (int k = 0; k < d.team.size(); k++) {
            Professional p = d.team.get(k);
            put(nodes, p, new Node(Kind.PROFESSIONAL, p.id()), SIZE / 2 + (k - (d.team.size() - 1) / 2.0) * 6, SIZE / 2 - 4);
        }
        for (Coordinator c : d.coordinators) {
            put(nodes, c, new Node(Kind.COORDINATOR, c.id()), SIZE / 2 + (working - (d.coordinators.size() - 1) / 2.0) * 7, SIZE / 2 + 5);
            working++;
        }
        for (SamenspelTie t : w.ties.graph().edgeSet()) {
            Node a = nodes.get(w.ties.graph().getEdgeSource(t)), b = nodes.get(w.ties.graph().getEdgeTarget(t));
            if (a != null && b != null) ties.addEdge(a, b, new Tie(t.type(), w.ties.weight(t)));
        }
    }

    /** A drawn tie: its kind and strength. */
    record Tie(nl.samenspel.model.network.TieType type, double strength) {}

    private void put(Map<Actor, Node> nodes, Actor a, Node n, double px, double py) {
        nodes.put(a, n);
        field.setObjectLocation(n, new Double2D(px, py));
        ties.addNode(n);
    }

    private void layout(World w, District d) {
        MersenneTwisterFast r = new MersenneTwisterFast(20_170_586L);
        int wijken = w.p.population().wijkenPerDistrict();
        int firstWijk = w.residents.wijk[d.firstResident];
        x = new double[d.residentCount];
        y = new double[d.residentCount];
        for (int k = 0; k < d.residentCount; k++) {
            double[] c = wijkCentre((w.residents.wijk[d.firstResident + k] - firstWijk) % wijken, wijken);
            double a = r.nextDouble() * 2 * Math.PI, rad = 17 * Math.sqrt(r.nextDouble());
            x[k] = c[0] + rad * Math.cos(a);
            y[k] = c[1] + rad * Math.sin(a);
        }
    }

    /** Wijken sit on a ring around the wijkteam in the middle. */
    private static double[] wijkCentre(int wijk, int wijken) {
        double a = -Math.PI * 3 / 4 + 2 * Math.PI * wijk / Math.max(1, wijken);
        return new double[] {SIZE / 2 + 30 * Math.cos(a), SIZE / 2 + 30 * Math.sin(a)};
    }
}
