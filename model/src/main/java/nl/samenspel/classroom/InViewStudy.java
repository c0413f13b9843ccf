package nl.samenspel.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A study with bystanders in one room (MODEL.md section 7): its conditions, read from a CSV next to
 * this class that names its sources, and how long help was counted.
 *
 * @param source   the study, for tables and the fit file
 * @param seconds  how long help is counted (the emergency's length; *assumed* where the CSV says so)
 */
public record InViewStudy(String source, int seconds, List<Row> rows) {
    /**
     * One condition.
     * @param groupShare true when {@code share} is the share of groups in which anyone helped
     */
    public record Row(String condition, int others, int confederates, int subjects, double share, boolean groupShare) {}

    /** The room of one condition: in view, help counted up to {@link #seconds()}. */
    public BystanderSetup design(BystanderSetup rates, Row r) {
        return rates.withOthers(r.others(), r.confederates()).withNamed(false).withInView(true).withTimes(seconds, seconds);
    }

    static InViewStudy load(String source, int seconds, String csv) {
        try (InputStream in = InViewStudy.class.getResourceAsStream(csv)) {
            if (in == null) throw new IllegalStateException(csv + " missing from the build");
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("condition")) continue;
                String[] f = line.trim().split(",");
                rows.add(new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]), f[5].equals("group")));
            }
            return new InViewStudy(source, seconds, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
