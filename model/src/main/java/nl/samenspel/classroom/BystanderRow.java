package nl.samenspel.classroom;

import java.util.List;
import nl.samenspel.output.Numbers;

/** One line of bystander.csv: the result of one group size over all replications. */
public record BystanderRow(int others, int confederates, double loneRate, double shareActed, double shareActedCiLow,
                           double shareActedCiHigh, double groupAnyActed, double meanSeconds, long replications) {
    public static final List<String> COLUMNS = List.of("others", "confederates", "lone_rate", "share_acted",
            "share_acted_ci_low", "share_acted_ci_high", "group_any_acted", "mean_seconds", "replications");

    public String csv() {
        return others + "," + confederates + "," + Numbers.format(loneRate) + "," + Numbers.format(shareActed) + ","
                + Numbers.format(shareActedCiLow) + "," + Numbers.format(shareActedCiHigh) + ","
                + Numbers.format(groupAnyActed) + "," + Numbers.format(meanSeconds) + "," + replications;
    }

    public static String csv(List<BystanderRow> rows) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (BystanderRow r : rows) b.append(r.csv()).append('\n');
        return b.toString();
    }
}
