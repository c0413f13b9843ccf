package nl.samenspel.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.FutureTask;
import nl.samenspel.experiment.ComparisonEstimate;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;
import nl.samenspel.web.serve.ComparisonJobs;
import nl.samenspel.web.serve.ServeApp;
import nl.samenspel.web.serve.Workspace;

/** {@code samenspel serve} in this JVM on a free loopback port, as ServeCommand builds it, with a workspace of its own. */
public final class ServeFixture implements AutoCloseable {
    public final Workspace workspace;
    public final ServeApp app;
    public final WebServer server;

    public ServeFixture(Path dir) throws Exception {
        workspace = new Workspace(dir);
        var oneYear = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of("simulation.years=1")).parameters();
        FutureTask<ComparisonEstimate> pilot = new FutureTask<>(() -> ComparisonEstimate.pilot(oneYear));
        Thread t = new Thread(pilot, "pilot");
        t.setDaemon(true);
        t.start();
        app = new ServeApp(workspace, new ComparisonJobs(workspace, Runtime.getRuntime().availableProcessors(), pilot));
        server = new WebServer(new WebServer.Options("127.0.0.1", 0, null, ServeApp.MAX_BODY), app::routes).start();
    }

    public WebClient client() {
        return new WebClient(server.baseUrl());
    }

    /** Polls a comparison's status until it ends; returns the final state. */
    public static String waitForEnd(WebClient c, String id, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String state = "";
        while (System.nanoTime() < end) {
            HttpResponse<String> r = c.get("/comparisons/" + id + "/status");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"state\":\"([A-Z]+)\"").matcher(r.body());
            if (m.find()) state = m.group(1);
            if (state.equals("DONE") || state.equals("FAILED") || state.equals("CANCELLED")) return state;
            Thread.sleep(300);
        }
        return state;
    }

    @Override
    public void close() {
        app.queue().close();
        server.close();
    }
}
