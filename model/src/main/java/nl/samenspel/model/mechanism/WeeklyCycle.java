package nl.samenspel.model.mechanism;

import java.util.List;

/**
 * The week of MODEL.md section 3, written down once, in its order. The engine runs these and does
 * the bookkeeping around them: compacting the world before Observation, closing the week after.
 */
public final class WeeklyCycle {
    private WeeklyCycle() {}

    public static List<Mechanism> steps() {
        return List.of(
                new Calendar(),              // 1
                new NeedsArise(),            // 2
                new Noticing(),              // 3
                new Asking(),                // 4
                new WijkteamIntake(),        // 5
                new Coordination(),          // 6
                new Helping(),               // 7
                new VolunteerMotivation(),   // 8
                new ProfessionalTime(),      // 9
                new StaffChurn(),            // 10
                new MeetingPlaces(),         // 11
                new Observation());          // 12
    }
}
