package nl.samenspel.experiment.sweep;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import nl.samenspel.output.BuildInfo;

/**
 * sweep.json: everything merge, resume and sensitivity need, equal for every shard, and the build
 * that started the sweep (so rows of two model versions are never mixed in one runs.csv).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SweepDescriptor(
        @JsonProperty("experiment_file") String experimentFile,
        String experiment,
        String name,
        String design,
        Integer samples,
        List<String> varied,
        long seed,
        @JsonProperty("seed_rule") String seedRule,
        @JsonProperty("network_seed_rule") String networkSeedRule,
        int replications,
        @JsonProperty("network_seeds") int networkSeeds,
        long points,
        long runs,
        boolean weekly,
        List<String> columns,
        @JsonProperty("weekly_columns") List<String> weeklyColumns,
        @JsonProperty("base_scenario") String baseScenario,
        @JsonProperty("base_parameters") Map<String, Object> baseParameters,
        @JsonProperty("log_format") Integer logFormat,
        BuildInfo.Identity build) {

    /** The version of {@link RecordLog}'s record format (2: the checksum covers the run id). */
    public static final int LOG_FORMAT = 2;

    /** The same sweep, without the build: what must agree for two processes to share a folder. */
    public SweepDescriptor withoutBuild() {
        return new SweepDescriptor(experimentFile, experiment, name, design, samples, varied, seed, seedRule, networkSeedRule, replications, networkSeeds,
                points, runs, weekly, columns, weeklyColumns, baseScenario, baseParameters, logFormat, null);
    }

    /** The descriptor of a plan, by this build. */
    public static SweepDescriptor of(SweepPlan plan, boolean weekly) {
        ExperimentFile e = plan.experiment();
        Integer samples = e.design() instanceof SobolSaltelli s ? Integer.valueOf(s.samples())
                : e.design() instanceof LatinHypercube l ? Integer.valueOf(l.samples())
                : e.design() instanceof PriorDraws d ? Integer.valueOf(d.draws())
                : e.design() instanceof ParticleDraws d ? Integer.valueOf(d.unit().length) : null;
        return new SweepDescriptor(
                java.nio.file.Path.of(e.file().replace(" (built in)", "")).getFileName().toString(),
                e.text(), e.name(), e.design().name(), samples,
                e.parameters().stream().map(VariedParameter::key).toList(), e.seed(),
                e.design().seedRule(),
                e.networkSeeds() > 0 ? "Seeds.derive(Seeds.mix(seed ^ salt), replication / replications), shared by all points" : "derived from the behaviour seed (Seeds.of)",
                e.replications(), e.networkSeeds(), plan.pointCount(), plan.size(), weekly, plan.columns(), plan.weeklyColumns(),
                e.scenario(), plan.base().flatValues(), LOG_FORMAT, BuildInfo.identity());
    }
}
