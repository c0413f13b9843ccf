package nl.samenspel.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.output.Numbers;
import nl.samenspel.scenario.InputFiles;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.YamlShape;

/**
 * {@code scenarios/bystander.yaml}: the classroom experiment's fitted parameters and the fit's
 * quality. It is not a care scenario (the scenario catalog skips it); {@code samenspel bystander}
 * reads it, {@code samenspel bystander fit} writes it, and {@code scenarios/baseline.yaml} takes its
 * diffusion and social proof (a test checks that the two agree).
 */
public final class BystanderFitFile {
    public static final String NAME = "bystander";

    /** What the file holds: the seizure design with its fitted rates (no confederates, nobody named). */
    public record Fitted(String file, BystanderSetup design) {}

    private BystanderFitFile() {}

    /** The file's shape, declared once: the fitted rates under {@code experiment}, the fit's record under {@code fit}. */
    private static final YamlShape SHAPE = YamlShape.of("scenarios/bystander.yaml (rerun 'samenspel bystander fit')")
            .optional("name", YamlShape.text())
            .require("experiment", YamlShape.of("scenarios/bystander.yaml (rerun 'samenspel bystander fit')")
                    .require("lone_rate", YamlShape.number(0, 1))
                    .require("diffusion", YamlShape.number(0, 50))
                    .require("social_proof", YamlShape.number(0, 50))
                    .require("readiness_spread", YamlShape.number(0, 5))
                    .require("emergency_seconds", YamlShape.integer(1, 86_400))
                    .require("seconds", YamlShape.integer(1, 86_400)))
            .optional("fit", YamlShape.any());

    /** ./scenarios/bystander.yaml when present, else the one built into the jar. */
    public static Fitted load() {
        Path local = Path.of("scenarios", NAME + ".yaml");
        try {
            if (Files.exists(local) || Files.isSymbolicLink(local)) return parse(local.toString(), InputFiles.read(local));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        try (InputStream in = BystanderFitFile.class.getResourceAsStream("/scenarios/" + NAME + ".yaml")) {
            if (in == null) throw new IllegalArgumentException("scenarios/bystander.yaml not found: run 'samenspel bystander fit' first");
            return parse("scenarios/bystander.yaml (built in)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("scenarios/bystander.yaml (built in): cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads the file strictly against its declared shape; a problem is an IllegalArgumentException naming file, line and key. */
    public static Fitted parse(String file, String text) {
        Map<String, Object> ex;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) SHAPE.read(file, text).get("experiment");
            ex = m;
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        try {
            BystanderSetup s = new BystanderSetup(0, 0, (Double) ex.get("lone_rate"), (Double) ex.get("diffusion"),
                    (Double) ex.get("social_proof"), (Double) ex.get("readiness_spread"), false,
                    ((Long) ex.get("emergency_seconds")).intValue(), ((Long) ex.get("seconds")).intValue());
            return new Fitted(file, s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": 'experiment': " + e.getMessage());
        }
    }

    /** Values are kept to four significant digits: enough for the fit, short enough to read. */
    public static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    /** The file's text for a fit; the values in it are rounded with {@link #round}. */
    public static String text(BystanderFit.Result fit, BystanderSetup design, List<BystanderFit.RowFit> rowsAtRounded, String command) {
        StringBuilder b = new StringBuilder();
        b.append("# The classroom experiment's parameters (MODEL.md section 7), fitted by `").append(command).append("`\n");
        b.append("# to ").append(DarleyLatane1968.SOURCE).append(" (model/src/main/resources/nl/samenspel/classroom/).\n");
        b.append("# Not a care scenario: `samenspel run` and `samenspel scenarios` skip this file. scenarios/baseline.yaml\n");
        b.append("# takes bystander.diffusion and bystander.social_proof from here (a test checks that they agree).\n");
        b.append("# Each line: unit | meaning | source.\n");
        b.append("name: bystander\n");
        b.append("experiment:\n");
        line(b, "lone_rate", fit.loneRate(), "per second | chance that a person alone acts, at readiness 1 | fitted to Table 1");
        line(b, "diffusion", fit.diffusion(), "per other | rate divided by (1 + diffusion x others who noticed), 001:592-593 | fitted to Table 1");
        line(b, "social_proof", design.socialProof(), "per passive other | rate divided by (1 + social_proof x confederates seen not acting), 001:591-592 | assumed (not in Table 1: nobody could see the others)");
        line(b, "readiness_spread", fit.readinessSpread(), "coefficient of variation | people differ: readiness is gamma with mean 1 | fitted to Table 1");
        line(b, "emergency_seconds", design.emergencySeconds(), "seconds | the fit lasts this long; shares are read here | D&L 1968 (about two minutes; 125 s assumed)");
        line(b, "seconds", design.seconds(), "seconds | observation ends; times to act count up to here | D&L 1968 (six minutes assumed)");
        b.append("fit:\n");
        b.append("  procedure: >-\n    weighted least squares on the exact expectations of the model: sum over group sizes of\n")
                .append("    subjects x [(share_model - share_data)^2 + ((seconds_model - seconds_data) / seconds_data)^2],\n")
                .append("    minimised by BOBYQA (commons-math3) from three fixed starts; deterministic, no random numbers\n");
        b.append("  objective: ").append(Numbers.format(round(fit.objective()))).append('\n');
        b.append("  rows:  # model beside data at the rounded values above; share = acted by the end of the fit\n");
        for (BystanderFit.RowFit r : rowsAtRounded) {
            b.append(String.format(Locale.ROOT, "    - {others: %d, subjects: %d, share_data: %s, share_model: %s, seconds_data: %s, seconds_model: %s}%n",
                    r.others(), r.subjects(), Numbers.format(r.shareData()), Numbers.format(round(r.shareModel())),
                    Numbers.format(r.secondsData()), Numbers.format(round(r.secondsModel()))));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, double v, String comment) {
        String kv = "  " + key + ": " + Numbers.format(round(v));
        b.append(kv).append(" ".repeat(Math.max(1, 32 - kv.length()))).append("# ").append(comment).append('\n');
    }
}
