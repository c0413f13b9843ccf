package nl.samenspel.model.mechanism;

import java.util.ArrayList;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.District;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.Professional;
import nl.samenspel.model.World;

/**
 * Step 10, Staff churn: professionals and coordinators leave with a weekly hazard, higher on
 * yearly contracts and in the year after a provider switch. A leaver's ties are lost; the
 * replacement starts after a vacancy with none (000:254, 000:275, 000:228 "snel wisselende").
 */
public final class StaffChurn implements Mechanism {
    @Override
    public void step(World w) {
        Parameters.Staff s = w.p.staff();
        boolean yearly = w.p.funding().contract() == Parameters.Contract.YEARLY;
        for (District d : w.districts) {
            double unrest = w.week - d.lastSwitchWeek < s.afterTenderWeeks() ? s.afterTenderFactor() : 1;
            for (Professional p : new ArrayList<>(d.team)) {
                if (p.isWorking(w.week) && d.random().nextDouble() < s.professionalHazard() * unrest) w.replace(p, s.vacancyWeeks());
            }
            if (w.municipality.coordinatorsCut()) continue;
            double hazard = s.coordinatorHazard() * unrest * (yearly ? s.yearlyContractFactor() : 1);
            for (Coordinator c : new ArrayList<>(d.coordinators)) {
                if (c.isWorking(w.week) && d.random().nextDouble() < hazard) w.replace(c, s.vacancyWeeks());
            }
        }
    }
}
