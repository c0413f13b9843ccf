package nl.samenspel.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nl.samenspel.TestWorlds;
import nl.samenspel.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 11: "staff scale with residents by default (professionals per 1,000 residents,
 * coordinator posts per 5,000, from the baseline district); an explicit wijkteam.professionals or
 * coordinators.posts wins"; the resolved parameters say what was scaled.
 */
class StaffScalingTest {
    @Test
    void twelveThousandResidentsNoLongerKeepTheFivePersonTeam() {
        ResolvedScenario s = TestWorlds.scenario("baseline", "population.residents=12000");
        assertEquals(12, s.parameters().wijkteam().professionals());
        assertEquals(7, s.parameters().coordinators().posts(), "3 per 5,000: 7.2, rounded");
        assertTrue(s.scaled().get("wijkteam.professionals").contains("5 per 5000 residents of a district"), s.scaled().toString());
        assertTrue(s.changes().stream().anyMatch(c -> c.key().equals("coordinators.posts")), "a scaled value is a change from the baseline");
    }

    @Test
    void theDefaultDistrictIsNotScaled() {
        ResolvedScenario s = TestWorlds.scenario("baseline");
        assertEquals(5, s.parameters().wijkteam().professionals());
        assertTrue(s.scaled().isEmpty());
    }

    @Test
    void perDistrictResidentsSetTheScale() {
        Parameters p = TestWorlds.params("baseline", "population.residents=30000", "population.districts=3");
        assertEquals(10, p.wijkteam().professionals(), "30,000 residents in 3 districts: 10 professionals each");
        assertEquals(6, p.coordinators().posts());
    }

    @Test
    void anExplicitSettingWins() {
        ResolvedScenario s = TestWorlds.scenario("baseline", "population.residents=12000", "wijkteam.professionals=4");
        assertEquals(4, s.parameters().wijkteam().professionals());
        assertEquals(7, s.parameters().coordinators().posts());
        assertFalse(s.scaled().containsKey("wijkteam.professionals"));
    }

    @Test
    void theCityIsScaledFromTheBaselineDistrict() {
        ResolvedScenario s = TestWorlds.scenario("city");
        assertEquals(46, s.parameters().wijkteam().professionals());
        assertEquals(28, s.parameters().coordinators().posts());
        assertEquals(List.of("wijkteam.professionals", "coordinators.posts"), List.copyOf(s.scaled().keySet()));
    }

    /** ResidentNetworkGenerator used to round an odd degree down silently. */
    @Test
    void anOddMeanDegreeIsAnErrorWithAHint() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of("population.mean_degree=7")));
        assertTrue(e.getMessage().contains("population.mean_degree"), e.getMessage());
        assertTrue(e.getMessage().contains("must be even") && e.getMessage().contains("use 6 or 8"), e.getMessage());
    }
}
