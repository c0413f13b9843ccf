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

    /**
     * What the file holds: the seizure design with its fitted rates (intercom, no confederates, nobody
     * named), and the lone rate fitted to the lady-in-distress experiment (in view).
     */
    public record Fitted(String file, BystanderSetup design, double loneRateInView) {}

    private BystanderFitFile() {}

    /** The file's shape, declared once: the fitted rates under {@code experiment}, the fit's record under {@code fit}. */
    private static final YamlShape SHAPE = YamlShape.of("scenarios/bystander.yaml (rerun 'samenspel bystander fit')")
            .optional("name", YamlShape.text())
            .require("experiment", YamlShape.of("scenarios/bystander.yaml (rerun 'samenspel bystander fit')")
                    .require("lone_rate", YamlShape.number(0, 1))
                    .require("lone_rate_in_view", YamlShape.number(0, 1))
                    .require("diffusion", YamlShape.number(0, 50))
                    .require("social_proof", YamlShape.number(0, 50))
                    .require("indifference", YamlShape.number(0, 100))
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
                    (Double) ex.get("social_proof"), (Double) ex.get("indifference"), (Double) ex.get("readiness_spread"), false, false,
                    ((Long) ex.get("emergency_seconds")).intValue(), ((Long) ex.get("seconds")).intValue());
            return new Fitted(file, s, (Double) ex.get("lone_rate_in_view"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": 'experiment': " + e.getMessage());
        }
    }

    /** Values are kept to four significant digits: enough for the fit, short enough to read. */
    public static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    /** The file's text for a fit; the values in it are rounded with {@link #round}, the rows are at the rounded values. */
    public static String text(BystanderFit.Result fit, BystanderFit.Result without, BystanderSetup seizure, String command) {
        BystanderFit.Rates r = rounded(fit.rates());
        StringBuilder b = new StringBuilder();
        b.append("# The classroom experiment's parameters (MODEL.md section 7), fitted jointly by `").append(command).append("`\n");
        b.append("# to ").append(DarleyLatane1968.SOURCE).append(" (over an intercom) and\n");
        b.append("# ").append(LataneRodin1969.SOURCE).append(" (in view of each other); the data files are in\n");
        b.append("# model/src/main/resources/nl/samenspel/classroom/ with their sources.\n");
        b.append("# Not a care scenario: `samenspel run` and `samenspel scenarios` skip this file. scenarios/baseline.yaml\n");
        b.append("# takes bystander.diffusion and bystander.social_proof from here (a test checks that they agree).\n");
        b.append("# Each line: unit | meaning | source.\n");
        b.append("name: bystander\n");
        b.append("experiment:\n");
        line(b, "lone_rate", r.loneRateIntercom(), "per second | chance that a person alone acts, at readiness 1, in the seizure experiment (the default situation) | fitted to D&L 1968");
        line(b, "lone_rate_in_view", r.loneRateInView(), "per second | the same in the lady-in-distress experiment (another emergency, another room) | fitted to L&R 1969");
        line(b, "diffusion", r.diffusion(), "per other | rate divided by (1 + diffusion x others who noticed), 001:592-593 | fitted to both");
        line(b, "social_proof", r.socialProof(), "per passive other | rate divided by (1 + social_proof x others in view who did not act), 001:591-592 | fitted to both (only L&R has others in view)");
        line(b, "indifference", r.indifference(), "per confederate | a confederate, told to show no concern, counts as this many hesitating bystanders | fitted to L&R's confederate row alone");
        line(b, "readiness_spread", r.readinessSpread(), "coefficient of variation | people differ: readiness is gamma with mean 1 | fitted to both");
        line(b, "emergency_seconds", seizure.emergencySeconds(), "seconds | the seizure lasts this long; shares are read here | D&L 1968 (about two minutes; 125 s assumed)");
        line(b, "seconds", seizure.seconds(), "seconds | observation ends; times to act count up to here | D&L 1968 (six minutes assumed)");
        b.append("fit:\n");
        b.append("  procedure: >-\n    weighted least squares on the exact expectations of the model: sum over D&L rows of\n")
                .append("    subjects x [(share_model - share_data)^2 + ((seconds_model - seconds_data) / seconds_data)^2]\n")
                .append("    plus sum over L&R rows of subjects x (share_model - share_data)^2 (for the pairs: the share of\n")
                .append("    pairs in which anyone acted); minimised by BOBYQA (commons-math3) from three fixed starts;\n")
                .append("    deterministic, no random numbers\n");
        b.append("  objective: ").append(Numbers.format(round(BystanderFit.objective(seizure, r)))).append("  # at the rounded values above\n");
        b.append("  experiments:  # model beside data at the rounded values above\n");
        b.append("    darley_latane_1968:\n");
        b.append("      source: \"").append(DarleyLatane1968.SOURCE).append(", as in MODEL.md section 7\"\n");
        b.append("      setting: intercom (nobody sees the others); share = reported by the end of the fit; weights = subjects\n");
        b.append("      rows:\n");
        List<BystanderFit.RowFit> rows = BystanderFit.compare(seizure, r);
        for (BystanderFit.RowFit f : rows) {
            if (!f.experiment().equals(BystanderFit.INTERCOM)) continue;
            b.append(String.format(Locale.ROOT, "        - {others: %d, subjects: %d, share_data: %s, share_model: %s, seconds_data: %s, seconds_model: %s}%n",
                    f.others(), f.subjects(), Numbers.format(f.shareData()), Numbers.format(round(f.shareModel())),
                    Numbers.format(f.secondsData()), Numbers.format(round(f.secondsModel()))));
        }
        b.append("    latane_rodin_1969:\n");
        b.append("      source: \"").append(LataneRodin1969.SOURCE).append(", doi:10.1016/0022-1031(69)90046-8\"\n");
        b.append("      found: >-\n")
                .append("        120 male students, four conditions (alone, unresponsive confederate, stranger pairs, friend pairs):\n")
                .append("        the abstract, linkinghub.elsevier.com/retrieve/pii/0022103169900468, and trivia-library.com,\n")
                .append("        'Human Behavior Experiments Bystanders and Emergency Situations'. Alone 70 %: E. Aronson, The Social\n")
                .append("        Animal, p. 50 (online.flipbuilder.com/zyoj/tgpo/files/basic-html/page68.html), which also gives\n")
                .append("        'only 20 percent' for stranger pairs, read here as each person's share. Confederate 7 % and pairs\n")
                .append("        40 %: as given in MODEL.md section 7, not confirmed by the search tool. Subjects per condition\n")
                .append("        were not found: each row weighs as 30 subjects (120 / 4, assumed).\n");
        b.append("      setting: in view (one room); emergency_seconds ").append(LataneRodin1969.EMERGENCY_SECONDS)
                .append(" (the cries lasted about a minute, then subsided; 130 s assumed)\n");
        b.append("      rows:\n");
        for (BystanderFit.RowFit f : rows) {
            if (!f.experiment().equals(BystanderFit.IN_VIEW)) continue;
            b.append(String.format(Locale.ROOT, "        - {condition: %s, others: %d, confederates: %d, subjects: %d, measure: %s, share_data: %s, share_model: %s}%n",
                    f.condition(), f.others(), f.confederates(), f.subjects(), f.groupShare() ? "anyone in the pair" : "each person",
                    Numbers.format(f.shareData()), Numbers.format(round(f.shareModel()))));
        }
        BystanderFit.OutOfSample smoke = BystanderFit.smoke(seizure, r);
        b.append("  out_of_sample:  # not fitted: ").append(LataneRodin1969.SMOKE.source()).append(", help counted over ")
                .append(LataneRodin1969.SMOKE.seconds()).append(" s; its own lone rate meets the alone row\n");
        b.append("    lone_rate: ").append(Numbers.format(round(smoke.loneRate()))).append('\n');
        b.append("    rows:\n");
        for (BystanderFit.RowFit f : smoke.rows()) {
            b.append(String.format(Locale.ROOT, "      - {condition: %s, measure: %s, share_data: %s, share_model: %s}%n", f.condition(),
                    f.groupShare() ? "anyone in the group" : "each person", Numbers.format(f.shareData()), Numbers.format(round(f.shareModel()))));
        }
        BystanderFit.Rates w = rounded(without.rates());
        b.append("  without_indifference:  # the rule before the split (a confederate counts as one hesitating bystander)\n");
        b.append(String.format(Locale.ROOT, "    fitted: {lone_rate: %s, lone_rate_in_view: %s, diffusion: %s, social_proof: %s, readiness_spread: %s}%n",
                Numbers.format(w.loneRateIntercom()), Numbers.format(w.loneRateInView()), Numbers.format(w.diffusion()),
                Numbers.format(w.socialProof()), Numbers.format(w.readinessSpread())));
        b.append("    objective: ").append(Numbers.format(round(BystanderFit.objective(seizure, w)))).append('\n');
        b.append("    in_view_rows:\n");
        for (BystanderFit.RowFit f : BystanderFit.compare(seizure, w)) {
            if (!f.experiment().equals(BystanderFit.IN_VIEW)) continue;
            b.append(String.format(Locale.ROOT, "      - {condition: %s, share_data: %s, share_model: %s}%n",
                    f.condition(), Numbers.format(f.shareData()), Numbers.format(round(f.shareModel()))));
        }
        b.append("    out_of_sample_rows:\n");
        for (BystanderFit.RowFit f : BystanderFit.smoke(seizure, w).rows()) {
            b.append(String.format(Locale.ROOT, "      - {condition: %s, share_data: %s, share_model: %s}%n",
                    f.condition(), Numbers.format(f.shareData()), Numbers.format(round(f.shareModel()))));
        }
        return b.toString();
    }

    /** The rates as the file keeps them. */
    public static BystanderFit.Rates rounded(BystanderFit.Rates r) {
        return new BystanderFit.Rates(round(r.loneRateIntercom()), round(r.loneRateInView()), round(r.diffusion()), round(r.socialProof()),
                round(r.readinessSpread()), round(r.indifference()));
    }

    /** The rates this file holds, for comparing with a fit. */
    public static BystanderFit.Rates rates(Fitted f) {
        BystanderSetup d = f.design();
        return new BystanderFit.Rates(d.loneRate(), f.loneRateInView(), d.diffusion(), d.socialProof(), d.readinessSpread(), d.indifference());
    }

    private static void line(StringBuilder b, String key, double v, String comment) {
        String kv = "  " + key + ": " + Numbers.format(round(v));
        b.append(kv).append(" ".repeat(Math.max(1, 32 - kv.length()))).append("# ").append(comment).append('\n');
    }
}
