package nl.samenspel.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Latan&eacute; &amp; Rodin (1969), "A lady in distress": the in-view experiment of MODEL.md section 7. The
 * numbers, their sources and the weights live in {@code latane-rodin-1969.csv} next to this class.
 */
public final class LataneRodin1969 {
    /**
     * One condition.
     * @param groupShare true when {@code share} is the share of groups in which anyone helped (the pairs)
     */
    public record Row(String condition, int others, int confederates, int subjects, double share, boolean groupShare) {}

    public static final String SOURCE = "Latane & Rodin (1969), J. Exp. Soc. Psych. 5(2), 189-202";
    /**
     * How long the emergency lasts: the woman cried for about a minute, then her moans subsided
     * (Aronson, The Social Animal); the whole episode is taken as 130 s (*assumed*). Help is counted up to here.
     */
    public static final int EMERGENCY_SECONDS = 130;

    private static final List<Row> ROWS = load();

    private LataneRodin1969() {}

    public static List<Row> rows() {
        return ROWS;
    }

    /** The room of one condition: in view, read at the end of the emergency. */
    public static BystanderSetup design(BystanderSetup rates, Row r) {
        return rates.withOthers(r.others(), r.confederates()).withNamed(false).withInView(true).withTimes(EMERGENCY_SECONDS, EMERGENCY_SECONDS);
    }

    private static List<Row> load() {
        try (InputStream in = LataneRodin1969.class.getResourceAsStream("latane-rodin-1969.csv")) {
            if (in == null) throw new IllegalStateException("latane-rodin-1969.csv missing from the build");
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("condition")) continue;
                String[] f = line.trim().split(",");
                rows.add(new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]), f[5].equals("group")));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
