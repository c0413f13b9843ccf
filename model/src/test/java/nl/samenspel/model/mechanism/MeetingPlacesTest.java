package nl.samenspel.model.mechanism;

import static nl.samenspel.TestWorlds.tinyWorld;
import static org.junit.jupiter.api.Assertions.*;

import nl.samenspel.metrics.Outcome;
import nl.samenspel.model.World;
import org.junit.jupiter.api.Test;

class MeetingPlacesTest {
    @Test
    void openMeetingPlacesMakeResidentTiesAndVolunteerLeads() {
        // Visitors who show interest come from the wijk's pool: a large, free pool in this tiny world.
        World w = tinyWorld("meeting_places.ties_per_week=5", "meeting_places.leads_per_week=2", "volunteers.pool_share=0.5", "volunteers.competing_recruit_rate=0");
        long edges = w.network.edgeCount();
        for (int i = 0; i < 5; i++) new MeetingPlaces().step(w);
        assertTrue(w.network.edgeCount() > edges);
        assertEquals(w.network.edgeCount() - edges, w.tally().numerator(Outcome.RESIDENT_TIES_NEW));
        assertFalse(w.districts.get(0).leads.isEmpty());
    }

    @Test
    void closedMeetingPlacesMakeNeither() {
        World w = tinyWorld("meeting_places.open=false", "meeting_places.ties_per_week=5", "meeting_places.leads_per_week=2");
        long edges = w.network.edgeCount();
        for (int i = 0; i < 5; i++) new MeetingPlaces().step(w);
        assertEquals(edges, w.network.edgeCount());
        assertTrue(w.districts.get(0).leads.isEmpty());
    }

    @Test
    void leadsGoColdWhenNobodyFollowsThemUp() {
        // Visitors who show interest come from the wijk's pool: a large, free pool in this tiny world.
        World w = tinyWorld("meeting_places.leads_per_week=2", "meeting_places.lead_weeks=3", "meeting_places.ties_per_week=0",
                "volunteers.pool_share=0.5", "volunteers.competing_recruit_rate=0");
        new MeetingPlaces().step(w);
        assertFalse(w.districts.get(0).leads.isEmpty());
        w.week = 10;
        new MeetingPlaces().step(w);
        assertTrue(w.districts.get(0).leads.stream().allMatch(l -> l.week() == 10));
    }
}
