package nl.samenspel.experiment.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.output.Numbers;

/**
 * Sobol indices of a finished {@code sobol} sweep: per outcome, the runs of each design point
 * are averaged over replications, the points are split into Saltelli's A, B and AB_i blocks, and
 * {@link SobolIndices} estimates first-order and total indices with bootstrap intervals.
 */
public final class Sensitivity {
    public static final String TABLE = "sobol_indices.csv";
    public static final int RESAMPLES = 1000;

    /** The indices of one outcome. */
    public record OutcomeIndices(String outcome, List<String> parameters, SobolIndices indices) {}

    private Sensitivity() {}

    /** @throws IllegalArgumentException if the folder holds no complete sobol sweep (message for the user) */
    public static List<OutcomeIndices> analyse(SweepFolder folder) throws IOException {
        if (!folder.hasDescriptor()) throw new IllegalArgumentException(folder.dir() + ": no " + SweepFolder.DESCRIPTOR + " here (is this a folder written by 'samenspel sweep'?)");
        SweepDescriptor d = folder.readDescriptor();
        if (!SobolSaltelli.NAME.equals(d.design())) {
            throw new IllegalArgumentException(folder.dir() + ": the sweep's design is " + d.design() + "; Sobol indices need design: sobol");
        }
        Path table = folder.dir().resolve(SweepFolder.RUNS);
        if (!Files.isRegularFile(table)) {
            throw new IllegalArgumentException(folder.dir() + ": no " + SweepFolder.RUNS + " yet (finish the sweep with --resume, or merge its shards)");
        }
        List<String> varied = d.varied();
        int dims = varied.size();
        int samples = d.samples() == null ? 0 : d.samples();
        int points = (int) d.points();
        if (samples < 2 || points != samples * SobolSaltelli.blockSize(dims)) {
            throw new IllegalArgumentException(folder.dir().resolve(SweepFolder.DESCRIPTOR) + ": " + points + " points do not make " + samples + " Saltelli samples of " + dims + " parameters");
        }
        checkWhole(folder, table);
        double[][] means;
        List<String> outcomes;
        try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            String head = in.readLine();
            List<String> header = head == null ? List.of() : Arrays.asList(head.split(",", -1));
            if (!header.equals(d.columns())) throw new IllegalArgumentException(table + ":1: the header is not the one of this sweep (expected " + String.join(",", d.columns()) + ")");
            int pointCol = header.indexOf("point_id");
            int first = header.indexOf("clustering") + 1;
            outcomes = header.subList(first, header.size());
            double[][] sums = new double[outcomes.size()][points];
            int[] counts = new int[points];
            int lineNo = 1;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String[] f = line.split(",", -1);
                if (f.length != header.size()) throw new IllegalArgumentException(table + ":" + lineNo + ": " + f.length + " fields, expected " + header.size() + " (a cut-off or damaged table: merge again)");
                try {
                    int p = Integer.parseInt(f[pointCol]);
                    if (p < 0 || p >= points) throw new IllegalArgumentException(table + ":" + lineNo + ": point_id " + p + " is not a point of this sweep (0 to " + (points - 1) + ")");
                    counts[p]++;
                    for (int o = 0; o < outcomes.size(); o++) sums[o][p] += parse(f[first + o]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(table + ":" + lineNo + ": not a number (" + e.getMessage() + "; a damaged table: merge again)");
                }
            }
            long expected = d.runs() / Math.max(1, points);
            List<Long> short_ = new ArrayList<>();
            for (int p = 0; p < points; p++) if (counts[p] != expected) short_.add((long) p);
            if (!short_.isEmpty()) {
                throw new IllegalArgumentException(table + ": runs are missing or doubled (point_id " + Merge.ranges(short_, 12) + " should each have " + expected
                        + " rows; " + (lineNo - 1) + " of " + d.runs() + " rows are there): Saltelli blocks need every point. Merge again with 'samenspel merge " + folder.dir() + "'");
            }
            for (int o = 0; o < outcomes.size(); o++) for (int p = 0; p < points; p++) sums[o][p] /= counts[p];
            means = sums;
        }
        checkHash(folder, table);
        List<OutcomeIndices> out = new ArrayList<>();
        int block = SobolSaltelli.blockSize(dims);
        for (int o = 0; o < outcomes.size(); o++) {
            double[] yA = new double[samples];
            double[] yB = new double[samples];
            double[][] yAB = new double[dims][samples];
            for (int j = 0; j < samples; j++) {
                yA[j] = means[o][j * block];
                yB[j] = means[o][j * block + 1];
                for (int i = 0; i < dims; i++) yAB[i][j] = means[o][j * block + 2 + i];
            }
            out.add(new OutcomeIndices(outcomes.get(o), varied, SobolIndices.estimate(yA, yB, yAB, RESAMPLES, 1L + o)));
        }
        return out;
    }

    /** runs.csv as the merge wrote it: ending in a newline (checkWhole), and with the hash its manifest recorded (checkHash). */
    private static void checkWhole(SweepFolder folder, Path table) throws IOException {
        long size = Files.size(table);
        boolean newline;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(table)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            newline = size > 0 && ch.read(last, size - 1) == 1 && last.get(0) == '\n';
        }
        if (!newline) throw new IllegalArgumentException(table + ": cut off (its last row has no end); merge again with 'samenspel merge " + folder.dir() + "'");
    }

    private static void checkHash(SweepFolder folder, Path table) throws IOException {
        Path manifest = folder.dir().resolve(nl.samenspel.output.Manifest.FILE);
        if (!Files.isRegularFile(manifest)) return;
        Object outputs = nl.samenspel.output.Manifest.read(manifest).get("outputs");
        Object recorded = outputs instanceof Map<?, ?> m ? m.get(SweepFolder.RUNS) : null;
        if (recorded != null && !recorded.equals(nl.samenspel.output.Manifest.sha256(table))) {
            throw new IllegalArgumentException(table + ": not the table the merge wrote (its SHA-256 differs from " + manifest.getFileName()
                    + "'s); merge again with 'samenspel merge " + folder.dir() + "'");
        }
    }

    private static double parse(String s) {
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** The tidy table: outcome,parameter,first_order,first_order_ci_low,first_order_ci_high,total,total_ci_low,total_ci_high. */
    public static String table(List<OutcomeIndices> all) {
        StringBuilder s = new StringBuilder("outcome,parameter,first_order,first_order_ci_low,first_order_ci_high,total,total_ci_low,total_ci_high\n");
        for (OutcomeIndices oi : all) {
            SobolIndices x = oi.indices();
            for (int i = 0; i < oi.parameters().size(); i++) {
                s.append(oi.outcome()).append(',').append(oi.parameters().get(i));
                for (double v : new double[] {x.first()[i], x.firstLow()[i], x.firstHigh()[i], x.total()[i], x.totalLow()[i], x.totalHigh()[i]}) {
                    s.append(',').append(Numbers.format(v));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    /** Outcomes with a defined variance, by name, for charts. */
    public static Map<String, OutcomeIndices> chartable(List<OutcomeIndices> all) {
        Map<String, OutcomeIndices> out = new LinkedHashMap<>();
        for (OutcomeIndices oi : all) if (!Double.isNaN(oi.indices().total()[0])) out.put(oi.outcome(), oi);
        return out;
    }
}
