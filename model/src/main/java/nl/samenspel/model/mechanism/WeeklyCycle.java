package nl.samenspel.model.mechanism;

import java.util.List;
import nl.samenspel.metrics.OutcomeRecorder;

/** The week of MODEL.md section 3, written down once, in its order. */
public final class WeeklyCycle {
    private WeeklyCycle() {}

    public static List<Mechanism> steps(OutcomeRecorder recorder) {
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
                new Observation(recorder));  // 12
    }
}
