package nl.samenspel.web.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.samenspel.experiment.ComparisonEstimate;
import nl.samenspel.model.Parameters;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.web.Pages;
import nl.samenspel.web.Refusal;
import nl.samenspel.web.Texts;
import nl.samenspel.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of {@code samenspel serve} (issue 13; scripts and tests rely on them):
 * {@code GET /} the start page, whose form posts to {@code POST /comparisons} (303 to
 * {@code GET /comparisons/{id}}); {@code GET /comparisons} the list; {@code GET /comparisons/{id}}
 * progress, then the report; {@code GET /comparisons/{id}/files/{name}} the files.
 */
public final class ServeApp {
    /** Largest request body: a form of every parameter, or an uploaded scenario file. */
    public static final long MAX_BODY = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger("samenspel.web");
    private final Workspace workspace;
    private final JobQueue queue;
    private final ComparisonJobs jobs;
    private final ScenarioBuilder builder = new ScenarioBuilder();
    private final List<Card> cards = new ArrayList<>();
    private final List<String> catalog;

    /** A scenario as a card on the start page: its words and sources from its file. */
    public record Card(String name, Map<String, String> title, Map<String, String> description, List<String> sources) {
        public String title(Texts t) {
            return title.getOrDefault(t.lang(), title.getOrDefault("en", name));
        }

        public String description(Texts t) {
            return description.getOrDefault(t.lang(), description.getOrDefault("en", ""));
        }
    }

    public ServeApp(Workspace workspace, ComparisonJobs jobs) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.queue = new JobQueue(jobs);
        this.catalog = ScenarioCatalog.scenarios().names();
        for (String n : catalog) {
            if (n.equals(Municipality.CITY)) continue; // a municipality, chosen above the cards
            try {
                ResolvedScenario r = new nl.samenspel.scenario.ScenarioResolver(ScenarioCatalog.scenarios()).resolve(n, List.of());
                cards.add(new Card(n, r.top().title(), r.top().description(), r.top().sources()));
            } catch (nl.samenspel.scenario.ScenarioException e) {
                LOG.warn("scenario {} is not offered: {}", n, e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    public JobQueue queue() {
        return queue;
    }

    public void routes(Javalin app) {
        app.get("/", ctx -> start(ctx, Map.of(), Map.of(), null, 200));
        app.post("/comparisons", this::submit);
        app.get("/comparisons", this::list);
        app.get("/comparisons/{id}", this::show);
        app.get("/comparisons/{id}/status", this::status);
        app.post("/comparisons/{id}/cancel", this::cancel);
        app.get("/comparisons/{id}/files/{name}", this::file);
        app.get("/estimate", this::estimate);
        app.post("/scenarios/yaml", this::download);
        app.post("/scenarios/upload", this::upload);
    }

    private Map<String, Object> page(Context ctx) {
        Map<String, Object> m = new HashMap<>();
        m.put("t", WebServer.texts(ctx));
        m.put("csrf", WebServer.csrf(ctx));
        return m;
    }

    private static void html(Context ctx, String template, Map<String, Object> m) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Pages.render(template, m));
    }

    /** The start page, with the form's earlier values and a message when it was refused. */
    private void start(Context ctx, Map<String, String> form, Map<String, String> params, String message, int status) {
        Texts t = WebServer.texts(ctx);
        Map<String, Object> m = page(ctx);
        m.put("cards", cards);
        m.put("controls", builder.controls(t, params));
        m.put("form", form);
        m.put("chosen", form.isEmpty() ? List.of("baseline") : form.containsKey("uploaded") ? List.of("baseline", ComparisonForm.OWN) : chosen(ctx));
        m.put("message", message);
        m.put("threads", jobs.threads());
        ctx.status(status);
        html(ctx, "web/start.jte", m);
    }

    private static List<String> chosen(Context ctx) {
        try {
            return ctx.formParams("scenario");
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private void submit(Context ctx) throws IOException {
        Map<String, List<String>> form = ComparisonForm.check(ctx.formParamMap());
        ComparisonRequest r;
        Job job;
        try {
            r = ComparisonForm.parse(form, catalog, builder, WebServer.texts(ctx).language());
            job = jobs.prepare(r);
        } catch (Refusal e) {
            if (e.status() != 422) throw e;
            LOG.warn("POST /comparisons -> 422: {}", e.getMessage().replace('\n', ' '));
            start(ctx, ComparisonForm.flat(form), ComparisonForm.parameterFields(form), e.getMessage(), 422);
            return;
        }
        queue.submit(job);
        LOG.info("comparison {} queued: {}", job.id(), String.join(" ", r.command()));
        ctx.redirect("/comparisons/" + job.id(), HttpStatus.SEE_OTHER);
    }

    /** One row of the list: a job in this server, or a finished folder. */
    public record Row(String id, String title, String date, String scenarios, String status) {}

    private void list(Context ctx) {
        Texts t = WebServer.texts(ctx);
        List<Row> rows = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        List<Job> all = queue.all();
        java.util.Collections.reverse(all);
        for (Job j : all) {
            if (j.state() == Job.State.DONE) continue; // shown from its folder below
            rows.add(new Row(j.id(), j.request().title(), j.submitted.toString().substring(0, 16).replace('T', ' ') + " UTC", String.join(", ", j.request().specs()), status(t, j)));
            listed.add(j.id());
        }
        for (Workspace.Entry e : workspace.list()) {
            if (listed.contains(e.id())) continue;
            rows.add(new Row(e.id(), e.title(), e.date(), String.join(", ", e.scenarios()), t.t("status.done")));
        }
        Map<String, Object> m = page(ctx);
        m.put("rows", rows);
        html(ctx, "web/list.jte", m);
    }

    private String status(Texts t, Job j) {
        return switch (j.state()) {
            case QUEUED -> t.t("status.queued", queue.place(j));
            case RUNNING -> t.t("status.running", j.total() == 0 ? 0 : 100 * j.done() / j.total());
            case DONE -> t.t("status.done");
            case FAILED -> t.t("status.failed");
            case CANCELLED -> t.t("status.cancelled");
        };
    }

    private void show(Context ctx) {
        String id = Workspace.checkId(ctx.pathParam("id"));
        Optional<Path> folder = workspace.folder(id);
        Optional<Job> job = queue.get(id);
        Map<String, Object> m = page(ctx);
        m.put("id", id);
        if (folder.isPresent()) {
            Texts t = WebServer.texts(ctx);
            Workspace.Entry e = workspace.entry(id, folder.get()).orElseThrow(() -> Refusal.notFound(t.t("error.notFound")));
            m.put("entry", e);
            m.put("view", new ReportView(id, folder.get(), workspace.files(folder.get())));
            m.put("command", command(folder.get()));
            m.put("folder", workspace.root().relativize(folder.get()).toString().isEmpty() ? folder.get().toString() : displayFolder(folder.get()));
            html(ctx, "web/report.jte", m);
            return;
        }
        if (job.isEmpty()) throw Refusal.notFound(WebServer.texts(ctx).t("error.notFound"));
        m.put("job", job.get());
        m.put("line", statusLine(WebServer.texts(ctx), job.get()));
        m.put("estimate", duration(WebServer.texts(ctx), job.get().estimate.seconds()));
        html(ctx, "web/progress.jte", m);
    }

    private String displayFolder(Path folder) {
        Path cwd = Path.of("").toAbsolutePath();
        return folder.startsWith(cwd) ? cwd.relativize(folder).toString() : folder.toString();
    }

    private static String command(Path folder) {
        try {
            com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
            List<String> c = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode a : m.path("command")) c.add(shellQuote(a.asText()));
            return String.join(" ", c);
        } catch (IOException e) {
            return "";
        }
    }

    static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./=+:,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    String statusLine(Texts t, Job j) {
        return switch (j.state()) {
            case QUEUED -> t.t("progress.queued", queue.place(j));
            case RUNNING -> t.t("progress.running", j.done(), j.total());
            case DONE -> t.t("progress.done");
            case FAILED -> t.t("progress.failed", j.message);
            case CANCELLED -> t.t("progress.cancelled");
        };
    }

    private void status(Context ctx) {
        String id = Workspace.checkId(ctx.pathParam("id"));
        Texts t = WebServer.texts(ctx);
        Map<String, Object> s = new LinkedHashMap<>();
        Optional<Job> job = queue.get(id);
        if (job.isEmpty() && workspace.folder(id).isPresent()) {
            s.put("state", "DONE");
            s.put("line", t.t("progress.done"));
        } else {
            Job j = job.orElseThrow(() -> Refusal.notFound(t.t("error.notFound")));
            boolean published = j.state() == Job.State.DONE && workspace.folder(id).isPresent();
            s.put("state", j.state() == Job.State.DONE && !published ? "RUNNING" : j.state().name());
            s.put("done", j.done());
            s.put("total", j.total());
            s.put("place", queue.place(j));
            s.put("line", statusLine(t, j));
            Instant from = j.started == null ? j.submitted : j.started;
            s.put("elapsed", t.t("progress.elapsed", duration(t, Duration.between(from, j.finished == null ? Instant.now() : j.finished).toMillis() / 1000.0)));
        }
        ctx.json(s);
    }

    private void cancel(Context ctx) {
        String id = Workspace.checkId(ctx.pathParam("id"));
        if (queue.get(id).isEmpty()) throw Refusal.notFound(WebServer.texts(ctx).t("error.notFound"));
        queue.cancel(id);
        LOG.info("comparison {} cancelled", id);
        ctx.redirect("/comparisons/" + id, HttpStatus.SEE_OTHER);
    }

    private void file(Context ctx) throws IOException {
        String id = Workspace.checkId(ctx.pathParam("id"));
        String name = ctx.pathParam("name");
        Texts t = WebServer.texts(ctx);
        if (name.equals(id + ".zip")) {
            Path folder = workspace.folder(id).orElseThrow(() -> Refusal.notFound(t.t("error.notFound")));
            zip(ctx, id, folder);
            return;
        }
        Path f = workspace.file(id, name).orElseThrow(() -> Refusal.notFound(t.t("error.notFound")));
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".csv") ? "text/csv; charset=utf-8"
                : name.endsWith(".json") ? "application/json" : name.endsWith(".pdf") ? "application/pdf"
                : name.endsWith(".yaml") ? "application/yaml" : "application/octet-stream";
        if (name.endsWith(".html")) {
            // The report shows in a frame of our page: its own inline style and images, nothing else, no scripts.
            ctx.header("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox allow-same-origin");
        } else {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        ctx.contentType(type);
        ctx.result(Files.readAllBytes(f));
    }

    private static void zip(Context ctx, String id, Path folder) throws IOException {
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".zip\"");
        OutputStream out = ctx.outputStream();
        try (ZipOutputStream z = new ZipOutputStream(out); var walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(id + "/" + folder.relativize(p).toString().replace('\\', '/')));
                try (InputStream in = Files.newInputStream(p)) {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
    }

    /** Time and disk of what the form would start, before it starts (the start page asks as choices change). */
    private void estimate(Context ctx) {
        Map<String, List<String>> q = new LinkedHashMap<>(ctx.queryParamMap());
        q.remove("lang");
        ComparisonForm.check(q);
        List<String> names = q.getOrDefault("scenario", List.of());
        Municipality muni = Municipality.parse(ComparisonForm.first(q, "municipality"), ComparisonForm.first(q, "residents"), ComparisonForm.first(q, "districts"));
        int reps = parseOr(ComparisonForm.first(q, "replications"), 3, 2, ComparisonForm.MAX_REPLICATIONS);
        int years = parseOr(ComparisonForm.first(q, "years"), 1, 1, 100);
        List<Parameters> ps = new ArrayList<>();
        for (String n : names) {
            String name = n.equals(ComparisonForm.OWN) ? "baseline" : n;
            if (!catalog.contains(name) || ps.size() >= ComparisonForm.MAX_SCENARIOS) throw Refusal.invalid("scenario: no such scenario '" + ComparisonForm.shorten(n) + "'");
            List<String> o = new ArrayList<>(muni.overrides());
            o.add("simulation.years=" + years);
            try {
                ps.add(new nl.samenspel.scenario.ScenarioResolver(ScenarioCatalog.scenarios()).resolve(muni.spec(name), o).parameters());
            } catch (nl.samenspel.scenario.ScenarioException e) {
                throw Refusal.invalid(e.getMessage());
            }
        }
        Texts t = WebServer.texts(ctx);
        ComparisonEstimate.Estimate e = jobs.estimate(ps, reps);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("seconds", e.seconds());
        s.put("bytes", e.bytes());
        s.put("runs", e.runs());
        s.put("text", t.t("run.estimate.text", duration(t, e.seconds()), e.threads(), megabytes(t, e.bytes())));
        ctx.json(s);
    }

    private static int parseOr(String v, int dflt, int min, int max) {
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) throw Refusal.invalid("out of range " + min + ".." + max + ": " + n);
            return n;
        } catch (NumberFormatException e) {
            throw Refusal.invalid("expected a whole number, got '" + ComparisonForm.shorten(v) + "'");
        }
    }

    static String duration(Texts t, double seconds) {
        if (seconds < 90) return t.t("seconds", Math.max(1, Math.round(seconds)));
        if (seconds < 5400) return t.t("minutes", Math.round(seconds / 60));
        return t.t("hours", t.number(seconds / 3600, 1));
    }

    static String megabytes(Texts t, long bytes) {
        return t.number(bytes / 1e6, 1) + " MB";
    }

    /** The builder as a YAML file the command line reads. */
    private void download(Context ctx) {
        Map<String, List<String>> form = ComparisonForm.check(ctx.formParamMap());
        String name = ComparisonForm.first(form, "own.name");
        ScenarioBuilder.checkName(name, catalog);
        ScenarioBuilder.Built b = builder.build(name, ComparisonForm.first(form, "own.title"), builder.changes(ComparisonForm.parameterFields(form)));
        ctx.header("Content-Disposition", "attachment; filename=\"" + b.name() + ".yaml\"");
        ctx.contentType("application/yaml; charset=utf-8");
        ctx.result(b.yaml());
    }

    /** A scenario file read by the command line's reader into the builder, or its message on the page. */
    private void upload(Context ctx) {
        Texts t = WebServer.texts(ctx);
        UploadedFile f = ctx.uploadedFile("file");
        if (f == null) throw Refusal.badRequest("file: no file was sent");
        if (f.size() > MAX_BODY) throw new Refusal(413, t.t("error.tooLarge", MAX_BODY / 1024));
        byte[] content;
        try (InputStream in = f.content()) {
            content = in.readNBytes((int) MAX_BODY + 1);
        } catch (IOException e) {
            throw Refusal.badRequest("file: cannot be read");
        }
        ScenarioBuilder.Upload u;
        try {
            u = builder.read(f.filename(), content, t);
        } catch (Refusal e) {
            if (e.status() != 422) throw e;
            LOG.warn("POST /scenarios/upload -> 422: {}", e.getMessage().replace('\n', ' '));
            start(ctx, Map.of("uploaded", "1"), Map.of(), e.getMessage(), 422);
            return;
        }
        Map<String, String> form = new HashMap<>();
        form.put("own.name", u.name());
        form.put("own.title", u.title());
        form.put("uploaded", t.t("own.uploaded", f.filename()));
        start(ctx, form, u.values(), null, 200);
    }
}
