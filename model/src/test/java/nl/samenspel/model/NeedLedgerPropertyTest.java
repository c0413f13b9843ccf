package nl.samenspel.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import nl.samenspel.TestWorlds;
import nl.samenspel.engine.CareSimulation;
import nl.samenspel.engine.Seeds;

/**
 * Issue 14, "needs are conserved": every need closes exactly once (helped to the end, unanswered,
 * or escalated late), and a helper who leaves gives her open needs back. So, every week of any
 * scenario, needs arisen = needs still with the model (open or being helped) + needs closed.
 * A second close of one need throws in {@link World}, which fails the property too.
 * Scenarios are small random worlds with the churn that gives needs back switched up.
 */
class NeedLedgerPropertyTest {
    @Property(tries = 40)
    void everyWeekArisenIsOpenPlusClosed(
            @ForAll @IntRange(min = 300, max = 1500) int residents,
            @ForAll @IntRange(min = 0, max = 4) int posts,
            @ForAll @IntRange(min = 0, max = 6) int professionals,
            @ForAll @DoubleRange(min = 0, max = 0.2) double volunteerHazard,
            @ForAll @DoubleRange(min = 0, max = 0.2) double staffHazard,
            @ForAll @DoubleRange(min = 0, max = 1) double recurringShare,
            @ForAll @IntRange(min = 1, max = 30) int maxWeeksOpen,
            @ForAll boolean walkIn,
            @ForAll @IntRange(min = 0, max = 2) int tenderYears,
            @ForAll @IntRange(min = 1, max = 1000) int seed) {
        List<String> set = new ArrayList<>(List.of(
                "population.residents=" + residents, "population.need_chance=0.02", "simulation.warmup_weeks=4", "simulation.years=1",
                "coordinators.posts=" + posts, "wijkteam.professionals=" + professionals, "wijkteam.team_size=2",
                "volunteers.base_hazard=" + volunteerHazard, "staff.professional_hazard=" + staffHazard, "staff.coordinator_hazard=" + staffHazard,
                "staff.vacancy_weeks=2", "needs.recurring_share=" + recurringShare, "needs.max_weeks_open=" + maxWeeksOpen,
                "needs.escalation_weeks=2", "asking.heavy_to_initiative=0.5", "access.mode=" + (walkIn ? "walk_in" : "desk"),
                "tender.interval_years=" + tenderYears, "tender.switch_chance=1"));
        CareSimulation sim = new CareSimulation(TestWorlds.params("baseline", set.toArray(new String[0])), Seeds.of(seed));
        sim.start();
        while (!sim.done()) {
            sim.schedule.step(sim);
            World w = sim.world();
            long withModel = 0;
            for (District d : w.districts) for (Need n : w.needsHeld(d)) if (n != null) withModel++;
            assertEquals(w.ledger.arisen(), withModel + w.ledger.closed(), "week " + w.week);
            assertTrue(w.ledger.answered() <= w.ledger.arisen(), "a need is taken up first at most once");
        }
    }
}
