package nl.samenspel.web.room;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.classroom.BystanderPrediction;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.classroom.DarleyLatane1968;

/**
 * The class's result per group size over the rounds that ended, beside the model's prediction
 * (the fitted bystander rule of scenarios/bystander.yaml, {@link BystanderPrediction}) and the
 * published data (Darley &amp; Latan&eacute; 1968, Table 1: alone, one other, four others).
 */
public final class RoomTally {
    /**
     * @param students    answers counted (students in groups of this size, summed over rounds)
     * @param helped      of them, how many chose to help
     * @param meanSeconds mean seconds to help among those who helped (NaN when nobody did)
     */
    public record Row(int size, int students, int helped, double share, double meanSeconds, double modelShare, double modelSeconds,
                      double dataShare, double dataSeconds) {}

    private RoomTally() {}

    public static List<Row> of(List<Round> rounds, BystanderSetup fitted, boolean named) {
        List<Row> rows = new ArrayList<>();
        for (int size : GroupDraw.SIZES) {
            int students = 0, helped = 0;
            double seconds = 0;
            for (Round r : rounds) {
                if (!r.ended) continue;
                for (Round.Group g : r.groups) {
                    if (g.size() != size) continue;
                    for (Participant p : g.members()) {
                        students++;
                        Round.Answer a = r.answers.get(p.key);
                        if (a != null && a.helped()) {
                            helped++;
                            seconds += a.seconds();
                        }
                    }
                }
            }
            BystanderPrediction model = BystanderPrediction.of(fitted.withOthers(size - 1, 0).withNamed(named));
            DarleyLatane1968.Row data = DarleyLatane1968.row(size - 1);
            rows.add(new Row(size, students, helped, students == 0 ? Double.NaN : (double) helped / students, helped == 0 ? Double.NaN : seconds / helped,
                    model.shareActed(), model.meanSeconds(), data == null ? Double.NaN : data.share(), data == null ? Double.NaN : data.meanSeconds()));
        }
        return rows;
    }
}
