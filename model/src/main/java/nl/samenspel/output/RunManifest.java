package nl.samenspel.output;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The manifest of a {@code run} folder, as written and read: which build, the command line, the
 * scenario and its files, the seeds, every resolved parameter, the times and (added when written)
 * a SHA-256 of every output file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunManifest(
        String tool,
        String version,
        @JsonProperty("git_commit") String gitCommit,
        @JsonProperty("java_version") String javaVersion,
        String kind,
        List<String> command,
        String scenario,
        @JsonProperty("scenario_files") List<String> scenarioFiles,
        SeedPair seeds,
        Map<String, Object> parameters,
        @JsonProperty("scaled_parameters") Map<String, String> scaledParameters,
        /** The reference the run followed until its lever start week; absent where it is the scenario itself. */
        @JsonProperty("reference_parameters") Map<String, Object> referenceParameters,
        String started,
        String finished,
        Map<String, String> outputs) {

    public static final String KIND = "run";

    /** The behaviour and network seeds of the run. */
    public record SeedPair(Long behaviour, Long network) {}

    /** A run manifest by this build (outputs are added by {@link Manifest#writeTo}). */
    public static RunManifest of(List<String> command, String scenario, List<String> scenarioFiles, long behaviour, long network,
            Map<String, Object> parameters, Map<String, String> scaledParameters, String started, String finished) {
        return of(command, scenario, scenarioFiles, behaviour, network, parameters, scaledParameters, null, started, finished);
    }

    /** @param referenceParameters the reference the run followed until its lever start week, or null where it is the scenario */
    public static RunManifest of(List<String> command, String scenario, List<String> scenarioFiles, long behaviour, long network,
            Map<String, Object> parameters, Map<String, String> scaledParameters, Map<String, Object> referenceParameters, String started, String finished) {
        return new RunManifest("samenspel", BuildInfo.version(), BuildInfo.gitCommit(), System.getProperty("java.version"), KIND, command, scenario,
                scenarioFiles, new SeedPair(behaviour, network), parameters, scaledParameters, referenceParameters, started, finished, null);
    }
}
