package nl.samenspel.web.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.experiment.Comparison;
import nl.samenspel.experiment.ComparisonEstimate;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.report.ComparisonFolder;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioFile;
import nl.samenspel.scenario.ScenarioResolver;
import nl.samenspel.web.Refusal;

/**
 * Turns a checked request into a job and a job into an ordinary compare folder: the scenarios are
 * resolved by the command line's resolver (a built scenario from its file in the job's
 * {@code scenarios/}), run by {@link Comparison} on every core, and published by
 * {@link ComparisonFolder}; the scenario files it read that are not built in, and {@code web.json},
 * go in beside, and the whole folder is renamed into the workspace at once.
 */
public final class ComparisonJobs implements JobQueue.Runner {
    private final Workspace workspace;
    private final int threads;
    private final java.util.concurrent.Future<ComparisonEstimate> pilot;

    /** @param pilot the estimate's pilot, timed in the background while the server starts */
    public ComparisonJobs(Workspace workspace, int threads, java.util.concurrent.Future<ComparisonEstimate> pilot) {
        this.workspace = workspace;
        this.threads = threads;
        this.pilot = pilot;
    }

    public int threads() {
        return threads;
    }

    /** Resolves the request as {@code samenspel compare} would; a problem is refused with the resolver's message. */
    public Job prepare(ComparisonRequest r) throws IOException {
        String id = workspace.newId();
        Path dir = workspace.jobDir(id);
        Path scenarios = dir.resolve("scenarios");
        Files.createDirectories(scenarios);
        try {
            if (r.own() != null) AtomicFiles.write(scenarios.resolve(r.own().name() + ".yaml"), r.own().yaml());
            List<ResolvedScenario> resolved = resolve(r, scenarios);
            String problem = Comparison.incomparable(resolved);
            if (problem != null) throw Refusal.invalid(problem);
            List<nl.samenspel.model.Parameters> ps = new ArrayList<>();
            for (ResolvedScenario s : resolved) ps.add(s.parameters());
            nl.samenspel.experiment.Ensemble bundled = nl.samenspel.experiment.Ensemble.bundled();
            nl.samenspel.experiment.Ensemble sets = bundled == null ? null : bundled.first(ComparisonRequest.ENSEMBLE);
            int runs = r.replications() + (sets == null ? 0 : sets.size() * r.ensembleReplications());
            return new Job(id, r, resolved, estimate(ps, runs), sets);
        } catch (RuntimeException | IOException e) {
            AtomicFiles.deleteTree(dir);
            throw e;
        }
    }

    static List<ResolvedScenario> resolve(ComparisonRequest r, Path scenarios) {
        ScenarioResolver resolver = new ScenarioResolver(new ScenarioCatalog("scenarios", List.of(scenarios, Path.of("scenarios"))));
        List<ResolvedScenario> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String spec : r.specs()) {
            try {
                out.add(resolver.resolve(spec, r.overrides()));
            } catch (ScenarioException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw Refusal.invalid(String.join("\n", problems));
        return out;
    }

    public ComparisonEstimate.Estimate estimate(List<nl.samenspel.model.Parameters> ps, int replications) {
        try {
            return pilot.get().of(ps, replications, threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing the pilot", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the pilot run failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void run(Job job) throws Exception {
        Path dir = workspace.jobDir(job.id);
        Path out = dir.resolve("out");
        try {
            Instant started = Instant.now();
            ComparisonRequest r = job.request;
            Comparison c = Comparison.run(job.scenarios, r.replications(), r.seed(), threads, d -> job.done = d);
            if (job.cancelRequested || Thread.currentThread().isInterrupted()) return;
            // As samenspel compare does: rerun over the calibrated ensemble's parameter sets, when the build bundles one.
            nl.samenspel.experiment.EnsembleRuns ens = null;
            if (job.ensemble != null) {
                int base = job.done;
                ens = nl.samenspel.experiment.EnsembleRuns.run(job.scenarios, job.ensemble, r.ensembleReplications(), r.seed(), threads, n -> job.done = base + n);
            }
            if (job.cancelRequested || Thread.currentThread().isInterrupted()) return;
            nl.samenspel.report.ReportMeta meta = new nl.samenspel.report.ReportMeta(r.title(), "", "",
                    java.time.LocalDate.ofInstant(started, java.time.ZoneOffset.UTC), nl.samenspel.output.BuildInfo.version(),
                    nl.samenspel.output.BuildInfo.gitCommit(), String.join(" ", r.command()));
            ComparisonFolder.publish(out, c, r.language(), new ComparisonFolder.Extras(meta, ens, nl.samenspel.report.CheckedPatterns.bundled()), r.command(), started);
            Path copies = out.resolve("scenarios");
            for (ResolvedScenario s : job.scenarios) {
                for (ScenarioFile f : s.chain()) {
                    Path p = Path.of(f.file());
                    if (!f.file().endsWith("(built in)") && Files.isRegularFile(p)) {
                        Files.createDirectories(copies);
                        Files.copy(p, copies.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Map<String, Object> web = new LinkedHashMap<>();
            web.put("title", r.title());
            web.put("scenarios", r.specs());
            web.put("command", r.command());
            web.put("run_from", "this folder (a built scenario is in ./scenarios/)");
            web.put("submitted", job.submitted.toString());
            Workspace.writeJson(out.resolve(Workspace.WEB_JSON), web);
            if (job.cancelRequested) return;
            Files.move(out, workspace.target(job.id), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            AtomicFiles.deleteTree(dir);
        }
    }
}
