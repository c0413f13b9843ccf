package nl.samenspel.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Darley &amp; Latan&eacute; (1968), Table 1: the seizure experiment the classroom reproduces (MODEL.md
 * section 7). The numbers live in {@code darley-latane-1968-table1.csv} next to this class, with their source.
 */
public final class DarleyLatane1968 {
    /** One row of Table 1. */
    public record Row(int others, int subjects, double share, double meanSeconds) {}

    public static final String SOURCE = "Darley & Latane (1968), J. Pers. Soc. Psych. 8(4), 377-383, Table 1";
    /**
     * Length of the victim's fit: the shares are "by the end of the fit". About two minutes; we take
     * 125 s from our reading of the paper (not confirmed against the text here: *assumed*).
     */
    public static final int FIT_SECONDS = 125;
    /** How long subjects were followed: six minutes (*assumed*, as above); times to report count up to here. */
    public static final int OBSERVED_SECONDS = 360;

    private static final List<Row> ROWS = load();

    private DarleyLatane1968() {}

    public static List<Row> table1() {
        return ROWS;
    }

    /** The row for this group size, or null when Table 1 has none. */
    public static Row row(int others) {
        for (Row r : ROWS) if (r.others() == others) return r;
        return null;
    }

    /** True when a setup is the seizure experiment's design (any rates), so Table 1 can stand beside it. */
    public static boolean sameDesign(BystanderSetup s) {
        return s.confederates() == 0 && !s.named() && !s.inView() && s.emergencySeconds() == FIT_SECONDS && s.seconds() == OBSERVED_SECONDS && row(s.others()) != null;
    }

    private static List<Row> load() {
        try (InputStream in = DarleyLatane1968.class.getResourceAsStream("darley-latane-1968-table1.csv")) {
            if (in == null) throw new IllegalStateException("darley-latane-1968-table1.csv missing from the build");
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("others")) continue;
                String[] f = line.trim().split(",");
                rows.add(new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
