package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.Need;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class HelpingTest {
    private static Need matched(World w, Volunteer v, Need.Kind kind, double hours) {
        int resident = v.resident == 0 ? 1 : 0;
        while (w.residents.hasNeed[resident] != 0 || resident == v.resident) resident++;
        Need n = w.newNeed(resident, kind, hours);
        Coordination.match(w, v, n);
        return n;
    }

    @Test
    void aNeedClosesWhenItsSizeIsMetAndSuccessRaisesMotivation() {
        World w = tinyWorld("volunteers.success_gain=0.5", "volunteers.hours_per_match=2");
        Volunteer v = w.volunteers.get(0);
        w.residents.freeHours[v.resident] = 4;
        v.setMotivation(0.4);
        Need n = matched(w, v, Need.Kind.LIGHT, 1.5);
        new Helping().step(w);
        assertEquals(Need.Place.CLOSED, n.place());
        assertEquals(0, w.residents.hasNeed[n.resident]);
        assertTrue(v.matches.isEmpty());
        assertEquals(0.7, v.motivation(), 1e-9);
    }

    @Test
    void loadAboveFreeHoursLowersMotivation() {
        World w = tinyWorld("volunteers.overload_loss=0.05", "volunteers.hours_per_match=2");
        Volunteer v = w.volunteers.get(0);
        w.residents.freeHours[v.resident] = 1;
        v.setMotivation(0.5);
        matched(w, v, Need.Kind.LIGHT, 100);
        matched(w, v, Need.Kind.LIGHT, 100);
        new Helping().step(w);
        assertEquals(0.45, v.motivation(), 1e-9);
    }

    /** volunteer_overload_share counts, among the active volunteers, those whom step 7 finds asked more than their free hours. */
    @Test
    void theOverloadShareCountsTheVolunteersAskedMoreThanTheirFreeHours() {
        World w = tinyWorld("volunteers.hours_per_match=2");
        assertTrue(w.volunteers.size() >= 3);
        for (Volunteer v : w.volunteers) w.residents.freeHours[v.resident] = 10;
        Volunteer over = w.volunteers.get(0), fits = w.volunteers.get(1);
        w.residents.freeHours[over.resident] = 3;
        matched(w, over, Need.Kind.LIGHT, 100);
        matched(w, over, Need.Kind.LIGHT, 100); // asks 4 of her 3 hours
        matched(w, fits, Need.Kind.LIGHT, 100); // asks 2 of her 10
        new Helping().step(w);
        assertEquals(1, w.tally().numerator(Outcome.VOLUNTEER_OVERLOAD_SHARE));
        assertEquals(w.volunteers.size(), w.tally().denominator(Outcome.VOLUNTEER_OVERLOAD_SHARE));
    }

    @Test
    void aHeavyNeedThatStaysTooLongWithAVolunteerEscalatesLate() {
        World w = tinyWorld("needs.escalation_weeks=2");
        Volunteer v = w.volunteers.get(0);
        Need n = matched(w, v, Need.Kind.HEAVY, 1000);
        new Helping().step(w);
        new Helping().step(w);
        assertSame(v, n.volunteer);
        new Helping().step(w);
        assertNull(n.volunteer);
        assertEquals(Need.Place.WAITING_LIST, n.place());
        assertTrue(w.districts.get(0).teams.get(0).waitingList.contains(n));
        assertEquals(1, w.tally().numerator(Outcome.LATE_ESCALATIONS));
    }

    @Test
    void professionalsWorkOffTheirCases() {
        World w = tinyWorld("wijkteam.hours_per_case=2");
        var p = w.districts.get(0).team.get(0);
        Need n = w.newNeed(9, Need.Kind.HEAVY, 3);
        nl.samenspel.model.mechanism.WijkteamIntake.takeCase(w, p, n);
        new Helping().step(w);
        assertEquals(1, n.hoursLeft, 1e-9);
        new Helping().step(w);
        assertEquals(Need.Place.CLOSED, n.place());
        assertTrue(p.cases.isEmpty());
    }

    @Test
    void aRecurringNeedTakesNoMoreThanItsWeeklyHours() {
        World w = tinyWorld("volunteers.hours_per_match=5");
        nl.samenspel.model.Volunteer v = w.volunteers.get(0);
        w.residents.freeHours[v.resident] = 10;
        Need n = w.newNeed(3, Need.Kind.LIGHT, 20);
        n.weeklyHours = 2;
        w.match(v, n);
        new Helping().step(w);
        assertEquals(18, n.hoursLeft, 1e-9, "2 hours this week, not 5");
        assertEquals(2, w.tally().numerator(nl.samenspel.metrics.Outcome.VOLUNTEER_HOURS_PER_WEEK), 1e-9);
    }
}
