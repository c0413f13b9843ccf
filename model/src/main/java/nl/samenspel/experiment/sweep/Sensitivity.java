package nl.samenspel.experiment.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Map<String, Object> d = folder.readDescriptor();
        if (!SobolSaltelli.NAME.equals(d.get("design"))) {
            throw new IllegalArgumentException(folder.dir() + ": the sweep's design is " + d.get("design") + "; Sobol indices need design: sobol");
        }
        if (!Files.isRegularFile(folder.dir().resolve(SweepFolder.RUNS))) {
            throw new IllegalArgumentException(folder.dir() + ": no " + SweepFolder.RUNS + " yet (finish the sweep with --resume, or merge its shards)");
        }
        @SuppressWarnings("unchecked")
        List<String> varied = (List<String>) d.get("varied");
        int samples = ((Number) d.get("samples")).intValue();
        int points = ((Number) d.get("points")).intValue();
        int dims = varied.size();
        double[][] means;
        List<String> outcomes;
        try (BufferedReader in = Files.newBufferedReader(folder.dir().resolve(SweepFolder.RUNS), StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(in.readLine().split(","));
            int pointCol = header.indexOf("point_id");
            int first = header.indexOf("clustering") + 1;
            outcomes = header.subList(first, header.size());
            double[][] sums = new double[outcomes.size()][points];
            int[] counts = new int[points];
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                int p = Integer.parseInt(f[pointCol]);
                counts[p]++;
                for (int o = 0; o < outcomes.size(); o++) sums[o][p] += parse(f[first + o]);
            }
            for (int o = 0; o < outcomes.size(); o++) for (int p = 0; p < points; p++) sums[o][p] /= counts[p];
            means = sums;
        }
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
